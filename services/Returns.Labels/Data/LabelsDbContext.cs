using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;

namespace Returns.Labels.Data;

/// <summary>
/// The Labels service's own database: only the inbox/outbox, so a redelivered command (same MessageId) is
/// recognised, even after a restart, and the events it publishes leave through the outbox.
/// Abstract because each provider has a subclass carrying its migrations.
/// </summary>
public abstract class LabelsDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddInboxOutboxEntities();
}
