using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Returns.Inventory.Data.DesignTime;
using Returns.Labels.Data.DesignTime;
using Returns.Notifications.Data.DesignTime;
using Returns.Orchestrator.Persistence.DesignTime;
using Returns.Refunds.Data.DesignTime;

namespace Returns.Persistence.Tests.Migrations;

/// <summary>
/// <c>dotnet Returns.&lt;Service&gt;.dll migrate</c> for real, for each service with a database: Program.cs
/// dispatches the command, the process exits with the right code, SQL Server gets as far as the network.
/// </summary>
public sealed class ServiceMigrateCommandSpecs
{
    public static TheoryData<string> ServicesWithADatabase => ["Orchestrator", "Labels", "Notifications", "Inventory", "Refunds"];

    [Theory]
    [MemberData(nameof(ServicesWithADatabase))]
    public async Task Migrate_creates_the_services_schema_and_exits_0(string service)
    {
        var file = Path.Combine(Path.GetTempPath(), $"returns-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var outcome = await ServiceCommand.Run(service, Sqlite(file), "migrate");

            outcome.ExitCode.ShouldBe(0, outcome.Error + outcome.Output);
            outcome.Error.ShouldBeEmpty();
            AppliedMigrations(file).ShouldBe(KnownSqliteMigrations(service));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Migrate_without_a_reachable_database_exits_1_with_one_line()
    {
        var outcome = await ServiceCommand.Run("Labels", Sqlite("/nonexistent-directory/labels.db"), "migrate");

        outcome.ExitCode.ShouldBe(1);
        outcome.Error.TrimEnd().ShouldBe("migrate: LabelsDbContext failed: SQLite Error 14: 'unable to open database file'.");
    }

    [Fact]
    public async Task SqlServer_gets_as_far_as_the_network()
    {
        // SqlClient refuses globalization-invariant mode before it opens a socket; the services run with ICU
        // so that a real server is reached. Nothing listens on port 1 here, so the failure must be the network's.
        var outcome = await ServiceCommand.Run("Orchestrator", new Dictionary<string, string>
        {
            ["Database__Provider"] = "SqlServer",
            ["Database__ConnectionString"] = "Server=127.0.0.1,1;Database=ReturnsOrchestrator;User Id=sa;Password=unused;TrustServerCertificate=True;Connect Timeout=3",
        }, "migrate");

        outcome.ExitCode.ShouldBe(1);
        outcome.Error.ShouldNotContain("Invariant");
        outcome.Error.ShouldStartWith("migrate: OrchestratorDbContext failed: A network-related or instance-specific error occurred while establishing a connection to SQL Server.");
    }

    private static Dictionary<string, string> Sqlite(string file) => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["Database__ConnectionString"] = $"Data Source={file};Pooling=False",
    };

    private static List<string> AppliedMigrations(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static List<string> KnownSqliteMigrations(string service)
    {
        using DbContext context = service switch
        {
            "Orchestrator" => new OrchestratorSqliteDesignTimeFactory().CreateDbContext([]),
            "Labels" => new LabelsSqliteDesignTimeFactory().CreateDbContext([]),
            "Notifications" => new NotificationsSqliteDesignTimeFactory().CreateDbContext([]),
            "Inventory" => new InventorySqliteDesignTimeFactory().CreateDbContext([]),
            "Refunds" => new RefundsSqliteDesignTimeFactory().CreateDbContext([]),
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
        };
        return context.Database.GetMigrations().Order(StringComparer.Ordinal).ToList();
    }
}
