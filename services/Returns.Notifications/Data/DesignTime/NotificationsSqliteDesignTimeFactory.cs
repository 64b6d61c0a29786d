using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Notifications.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQLite context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class NotificationsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<NotificationsSqliteDbContext>
{
    public NotificationsSqliteDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NotificationsSqliteDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=notifications.db" });
        return new NotificationsSqliteDbContext(options.Options);
    }
}
