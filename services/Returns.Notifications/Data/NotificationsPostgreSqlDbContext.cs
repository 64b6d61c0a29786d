using Microsoft.EntityFrameworkCore;

namespace Returns.Notifications.Data;

/// <summary>The Notifications database on PostgreSQL; its migrations live in Migrations/PostgreSql.</summary>
public sealed class NotificationsPostgreSqlDbContext(DbContextOptions<NotificationsPostgreSqlDbContext> options) : NotificationsDbContext(options);
