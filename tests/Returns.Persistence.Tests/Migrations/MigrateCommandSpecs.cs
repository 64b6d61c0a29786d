using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Migrations;

/// <summary>
/// The migrate command and Database:MigrateOnStart on the orchestrator's database (two migrations), against
/// SQLite and PostgreSQL; the configuration mistakes an operator makes, reported in one line.
/// </summary>
public sealed class MigrateCommandSpecs
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Migrate_applies_every_pending_migration_and_exits_0(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);

        // Through RunOrMigrateAsync, as Program.cs calls it: with "migrate" it must return, not run the service.
        var exitCode = await OrchestratorDatabaseHost.Build(database.Options).RunOrMigrateAsync([MigrateCommand.Name]).WaitAsync(Patience);

        exitCode.ShouldBe(0);
        var (applied, known) = await OrchestratorDatabaseHost.Migrations(database.Options);
        known.Count.ShouldBeGreaterThanOrEqualTo(2);
        applied.ShouldBe(known);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Migrate_on_a_current_schema_applies_nothing_and_exits_0(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        using var host = OrchestratorDatabaseHost.Build(database.Options);
        var error = new StringWriter();
        (await MigrateCommand.MigrateAsync(host.Services, error, CancellationToken.None)).ShouldBe(0);

        var migrator = host.Services.GetServices<IDatabaseMigrator>().ShouldHaveSingleItem();
        (await migrator.MigrateAsync(CancellationToken.None)).ShouldBeEmpty();
        (await MigrateCommand.MigrateAsync(host.Services, error, CancellationToken.None)).ShouldBe(0);
        error.ToString().ShouldBeEmpty();
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task With_MigrateOnStart_false_the_service_starts_and_leaves_the_schema_alone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        using var host = OrchestratorDatabaseHost.Build(database.Options, migrateOnStart: false);

        await host.StartAsync().WaitAsync(Patience);
        await host.StopAsync();

        var (applied, known) = await OrchestratorDatabaseHost.Migrations(database.Options);
        applied.ShouldBeEmpty();
        known.ShouldNotBeEmpty();
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task By_default_the_service_migrates_when_it_starts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        using var host = OrchestratorDatabaseHost.Build(database.Options);

        await host.StartAsync().WaitAsync(Patience);
        await host.StopAsync();

        var (applied, known) = await OrchestratorDatabaseHost.Migrations(database.Options);
        applied.ShouldBe(known);
    }

    // None of these needs a server: each fails before or at the first connection attempt.
    [Theory]
    [InlineData("Oracle", "Data Source=orchestrator.db", "Database:Provider 'Oracle' is not one of Sqlite, PostgreSql, SqlServer.")]
    [InlineData("PostgreSql", "", "Configuration 'Database:ConnectionString' is required for provider PostgreSql.")]
    [InlineData("SqlServer", "Host=127.0.0.1;Database=returns;Username=returns", "Keyword not supported: 'host'.")]
    [InlineData("PostgreSql", "Host=127.0.0.1;Port=1;Database=returns;Username=returns;Password=returns;Timeout=5", "Failed to connect to 127.0.0.1:1")]
    public async Task A_wrong_provider_or_connection_string_fails_with_one_clear_line(string provider, string connectionString, string reason)
    {
        using var host = OrchestratorDatabaseHost.Build(provider, connectionString);
        var error = new StringWriter();

        var exitCode = await MigrateCommand.MigrateAsync(host.Services, error, CancellationToken.None).WaitAsync(Patience);

        exitCode.ShouldBe(1);
        var lines = error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem().ShouldStartWith($"migrate: OrchestratorDbContext failed: {reason}");
    }

    [Fact]
    public async Task An_unknown_provider_stops_the_service_at_start_even_without_MigrateOnStart()
    {
        using var host = OrchestratorDatabaseHost.Build("Oracle", "Data Source=orchestrator.db", migrateOnStart: false);

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => host.StartAsync().WaitAsync(Patience));

        failure.Message.ShouldBe("Database:Provider 'Oracle' is not one of Sqlite, PostgreSql, SqlServer.");
    }
}
