using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Notifications.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQL Server context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class NotificationsSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<NotificationsSqlServerDbContext>
{
    public NotificationsSqlServerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NotificationsSqlServerDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=127.0.0.1;Database=ReturnsNotifications;TrustServerCertificate=True" });
        return new NotificationsSqlServerDbContext(options.Options);
    }
}
