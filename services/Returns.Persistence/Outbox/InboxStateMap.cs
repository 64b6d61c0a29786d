using Returns.Persistence.Modeling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Returns.Persistence.Outbox;

/// <summary>Table InboxState: one row per (MessageId, ConsumerId), unique.</summary>
public sealed class InboxStateMap : IEntityTypeConfiguration<InboxState>
{
    public const string Table = "InboxState";

    public void Configure(EntityTypeBuilder<InboxState> inbox)
    {
        inbox.ToTable(Table);
        inbox.HasKey(x => x.Id);
        inbox.Property(x => x.Id).ValueGeneratedOnAdd();

        inbox.HasIndex(x => new { x.MessageId, x.ConsumerId }).IsUnique().HasDatabaseName("IX_InboxState_MessageId_ConsumerId");

        inbox.Property(x => x.Received).HasConversion<UtcDateTimeOffsetConverter>();
        inbox.Property(x => x.Consumed).HasConversion<UtcDateTimeOffsetConverter>();
        inbox.Property(x => x.Delivered).HasConversion<UtcDateTimeOffsetConverter>();

        // Cleanup searches by receipt time; recovery looks among the few rows not yet delivered.
        inbox.HasIndex(x => x.Received).HasDatabaseName("IX_InboxState_Received");
        inbox.HasIndex(x => x.Delivered).HasDatabaseName("IX_InboxState_Delivered");

        inbox.Property(x => x.Version).IsConcurrencyToken();
    }
}
