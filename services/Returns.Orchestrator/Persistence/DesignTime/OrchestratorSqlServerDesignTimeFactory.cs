using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Orchestrator.Persistence.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQL Server context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class OrchestratorSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<OrchestratorSqlServerDbContext>
{
    public OrchestratorSqlServerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<OrchestratorSqlServerDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=127.0.0.1;Database=ReturnsOrchestrator;TrustServerCertificate=True" });
        return new OrchestratorSqlServerDbContext(options.Options);
    }
}
