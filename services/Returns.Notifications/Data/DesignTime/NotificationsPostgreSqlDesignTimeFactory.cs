using Returns.Persistence.Providers;

namespace Returns.Notifications.Data.DesignTime;

/// <summary>dotnet-ef's way to the PostgreSql context (see DesignTimeDbContextFactory).</summary>
public sealed class NotificationsPostgreSqlDesignTimeFactory()
    : DesignTimeDbContextFactory<NotificationsPostgreSqlDbContext>(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=returns_notifications");
