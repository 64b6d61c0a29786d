using Returns.Persistence.Modeling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Returns.Persistence.Outbox;

/// <summary>Table OutboxMessage: captured messages keyed by an identity sequence, found by inbox row or by bus-outbox batch.</summary>
public sealed class OutboxMessageMap : IEntityTypeConfiguration<OutboxMessage>
{
    public const string Table = "OutboxMessage";

    private const int AddressLength = 1000;

    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable(Table);
        message.HasKey(x => x.SequenceNumber);
        message.Property(x => x.SequenceNumber).ValueGeneratedOnAdd();

        message.HasIndex(x => new { x.InboxMessageId, x.InboxConsumerId, x.SequenceNumber })
            .IsUnique()
            .HasDatabaseName("IX_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber");
        message.HasIndex(x => new { x.OutboxId, x.SequenceNumber })
            .IsUnique()
            .HasDatabaseName("IX_OutboxMessage_OutboxId_SequenceNumber");

        message.Property(x => x.SourceAddress).HasMaxLength(AddressLength);
        message.Property(x => x.DestinationAddress).HasMaxLength(AddressLength);
        message.Property(x => x.ResponseAddress).HasMaxLength(AddressLength);
        message.Property(x => x.FaultAddress).HasMaxLength(AddressLength);

        message.Property(x => x.ContentType).HasMaxLength(256).IsRequired();
        message.Property(x => x.MessageType).IsRequired();
        message.Property(x => x.Body).IsRequired();

        message.Property(x => x.SentTime).HasConversion<UtcDateTimeOffsetConverter>();
        message.Property(x => x.EnqueueTime).HasConversion<UtcDateTimeOffsetConverter>();
        message.Property(x => x.ExpirationTime).HasConversion<UtcDateTimeOffsetConverter>();
    }
}
