using Returns.Persistence.Providers;

namespace Returns.Orchestrator.Persistence.DesignTime;

/// <summary>dotnet-ef's way to the SqlServer context (see DesignTimeDbContextFactory).</summary>
public sealed class OrchestratorSqlServerDesignTimeFactory()
    : DesignTimeDbContextFactory<OrchestratorSqlServerDbContext>(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=ReturnsOrchestrator;TrustServerCertificate=True");
