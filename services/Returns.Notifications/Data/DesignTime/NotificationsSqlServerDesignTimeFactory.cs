using Returns.Persistence.Providers;

namespace Returns.Notifications.Data.DesignTime;

/// <summary>dotnet-ef's way to the SqlServer context (see DesignTimeDbContextFactory).</summary>
public sealed class NotificationsSqlServerDesignTimeFactory()
    : DesignTimeDbContextFactory<NotificationsSqlServerDbContext>(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=ReturnsNotifications;TrustServerCertificate=True");
