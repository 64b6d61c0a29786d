using Returns.Persistence.Modeling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Returns.Persistence.Outbox;

/// <summary>Table OutboxState: one row per bus-outbox batch, delivered oldest first.</summary>
public sealed class OutboxStateMap : IEntityTypeConfiguration<OutboxState>
{
    public const string Table = "OutboxState";

    public void Configure(EntityTypeBuilder<OutboxState> outbox)
    {
        outbox.ToTable(Table);
        outbox.HasKey(x => x.OutboxId);
        outbox.Property(x => x.OutboxId).ValueGeneratedNever();

        outbox.Property(x => x.Created).HasConversion<UtcDateTimeOffsetConverter>();
        outbox.Property(x => x.Delivered).HasConversion<UtcDateTimeOffsetConverter>();
        // Delivery takes the oldest undelivered batch; cleanup removes delivered ones.
        outbox.HasIndex(x => new { x.Delivered, x.Created }).HasDatabaseName("IX_OutboxState_Delivered_Created");

        outbox.Property(x => x.Version).IsConcurrencyToken();
    }
}
