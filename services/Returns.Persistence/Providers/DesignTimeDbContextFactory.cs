using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Returns.Persistence.Providers;

/// <summary>
/// Lets dotnet-ef build a service's provider-specific context without starting the service or
/// reaching a server (migrations add/script never connect; database update takes --connection).
/// Each service declares one subclass per provider naming the provider and a placeholder connection.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext>(DatabaseProvider provider, string connectionString)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = provider, ConnectionString = connectionString });

        // Every provider context takes exactly its DbContextOptions<TContext>, as EF Core's own activation expects.
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
