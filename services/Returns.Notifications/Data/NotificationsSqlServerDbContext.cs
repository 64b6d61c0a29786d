using Microsoft.EntityFrameworkCore;

namespace Returns.Notifications.Data;

/// <summary>The Notifications database on SQL Server; its migrations live in Migrations/SqlServer.</summary>
public sealed class NotificationsSqlServerDbContext(DbContextOptions<NotificationsSqlServerDbContext> options) : NotificationsDbContext(options);
