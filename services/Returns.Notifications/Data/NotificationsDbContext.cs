using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;

namespace Returns.Notifications.Data;

/// <summary>
/// The Notifications service's own database: only the inbox/outbox, so a redelivered command (same
/// MessageId) is recognised, even after a restart, and its events leave through the outbox. Abstract because each provider has a subclass carrying its migrations.
/// </summary>
public abstract class NotificationsDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddInboxOutboxEntities();
}
