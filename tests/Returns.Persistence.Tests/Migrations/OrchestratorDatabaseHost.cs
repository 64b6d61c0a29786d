using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Orchestrator.Persistence;
using Returns.Persistence.Providers;

namespace Returns.Persistence.Tests.Migrations;

/// <summary>
/// The orchestrator's database wired as its Program.cs wires it (AddOrchestratorDatabase), from a "Database"
/// section given here only: no appsettings, no environment, so the machine's own settings cannot leak in.
/// </summary>
public static class OrchestratorDatabaseHost
{
    public static IHost Build(string provider, string connectionString, bool? migrateOnStart = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
        };
        if (migrateOnStart is { } migrate)
        {
            settings["Database:MigrateOnStart"] = migrate.ToString();
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddOrchestratorDatabase();
        return builder.Build();
    }

    public static IHost Build(DatabaseOptions database, bool? migrateOnStart = null) =>
        Build(database.Provider.ToString(), database.ConnectionString, migrateOnStart);

    /// <summary>The migrations applied to the database and those the orchestrator knows, read through a context of its own.</summary>
    public static async Task<(IReadOnlyList<string> Applied, IReadOnlyList<string> Known)> Migrations(DatabaseOptions database)
    {
        await using var services = new ServiceCollection().AddOrchestratorDbContext(database).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Database;
        return ((await context.GetAppliedMigrationsAsync()).ToList(), context.GetMigrations().ToList());
    }
}
