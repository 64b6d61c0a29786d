using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Orchestrator.Persistence.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQLite context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class OrchestratorSqliteDesignTimeFactory : IDesignTimeDbContextFactory<OrchestratorSqliteDbContext>
{
    public OrchestratorSqliteDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<OrchestratorSqliteDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=orchestrator.db" });
        return new OrchestratorSqliteDbContext(options.Options);
    }
}
