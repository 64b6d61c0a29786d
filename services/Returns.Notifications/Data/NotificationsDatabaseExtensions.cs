using Returns.Persistence.Providers;

namespace Returns.Notifications.Data;

public static class NotificationsDatabaseExtensions
{
    /// <summary>The Notifications database from the "Database" section (default SQLite notifications.db), migrated at start-up. Call before AddReturnsMessaging.</summary>
    public static IHostApplicationBuilder AddNotificationsDatabase(this IHostApplicationBuilder builder) =>
        builder.AddReturnsDatabase<NotificationsDbContext, NotificationsSqliteDbContext, NotificationsPostgreSqlDbContext, NotificationsSqlServerDbContext>();

    /// <summary>Registers <see cref="NotificationsDbContext"/> as the provider's subclass, so the provider's migrations apply.</summary>
    public static IServiceCollection AddNotificationsDbContext(this IServiceCollection services, DatabaseOptions database) =>
        services.AddReturnsDbContext<NotificationsDbContext, NotificationsSqliteDbContext, NotificationsPostgreSqlDbContext, NotificationsSqlServerDbContext>(database);
}
