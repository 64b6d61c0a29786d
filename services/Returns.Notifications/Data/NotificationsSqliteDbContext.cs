using Microsoft.EntityFrameworkCore;

namespace Returns.Notifications.Data;

/// <summary>The Notifications database on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class NotificationsSqliteDbContext(DbContextOptions<NotificationsSqliteDbContext> options) : NotificationsDbContext(options);
