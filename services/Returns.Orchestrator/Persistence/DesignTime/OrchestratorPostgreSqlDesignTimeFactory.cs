using Returns.Persistence.Providers;

namespace Returns.Orchestrator.Persistence.DesignTime;

/// <summary>dotnet-ef's way to the PostgreSql context (see DesignTimeDbContextFactory).</summary>
public sealed class OrchestratorPostgreSqlDesignTimeFactory()
    : DesignTimeDbContextFactory<OrchestratorPostgreSqlDbContext>(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=returns_orchestrator");
