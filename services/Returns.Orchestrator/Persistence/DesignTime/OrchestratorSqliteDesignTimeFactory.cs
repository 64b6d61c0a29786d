using Returns.Persistence.Providers;

namespace Returns.Orchestrator.Persistence.DesignTime;

/// <summary>dotnet-ef's way to the Sqlite context (see DesignTimeDbContextFactory).</summary>
public sealed class OrchestratorSqliteDesignTimeFactory()
    : DesignTimeDbContextFactory<OrchestratorSqliteDbContext>(DatabaseProvider.Sqlite, "Data Source=orchestrator.db");
