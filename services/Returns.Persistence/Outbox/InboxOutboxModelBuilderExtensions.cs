using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Outbox;

public static class InboxOutboxModelBuilderExtensions
{
    /// <summary>Adds the InboxState, OutboxMessage and OutboxState tables to a service's own DbContext (call from OnModelCreating).</summary>
    public static ModelBuilder AddInboxOutboxEntities(this ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new InboxStateMap())
        .ApplyConfiguration(new OutboxMessageMap())
        .ApplyConfiguration(new OutboxStateMap());
}
