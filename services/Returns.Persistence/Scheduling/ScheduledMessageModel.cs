using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Returns.Persistence.Scheduling;

public static class ScheduledMessageModel
{
    public const string Table = "ScheduledMessage";

    // SQLite cannot compare or order DateTimeOffset columns, so times are UTC DateTime on every
    // provider (timestamptz on PostgreSQL, datetime2 on SQL Server); SQLite and SQL Server hand
    // them back without a Kind, which this converter restores.
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtc = new(
        value => value.HasValue
            ? value.Value.Kind == DateTimeKind.Local ? value.Value.ToUniversalTime() : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc)
            : value,
        value => value.HasValue ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc) : value);

    /// <summary>Adds the durable scheduler's ScheduledMessage table (entity <see cref="ScheduledMessageRow"/>) to a service's own DbContext.</summary>
    public static ModelBuilder AddScheduledMessages(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ScheduledMessageRow>(message =>
        {
            message.ToTable(Table);
            message.HasKey(m => m.TokenId);
            message.Property(m => m.TokenId).ValueGeneratedNever();

            message.Property(m => m.DestinationAddress).HasMaxLength(ScheduledMessageRow.AddressLength).IsRequired();
            message.Property(m => m.ContentType).HasMaxLength(ScheduledMessageRow.ContentTypeLength).IsRequired();
            message.Property(m => m.MessageType).HasMaxLength(ScheduledMessageRow.MessageTypeLength).IsRequired();
            message.Property(m => m.Body).IsRequired();
            message.Property(m => m.LastError).HasMaxLength(ScheduledMessageRow.ErrorLength);
            message.Property(m => m.Status).HasConversion<string>().HasMaxLength(16).IsRequired();

            message.Property(m => m.DueTime).HasConversion(Utc);
            message.Property(m => m.CreatedAt).HasConversion(Utc);
            message.Property(m => m.CompletedAt).HasConversion(NullableUtc);
            message.Property(m => m.LockedUntil).HasConversion(NullableUtc);

            message.Property(m => m.Version).IsConcurrencyToken();

            // The dispatcher's question: which Pending rows are due, oldest first.
            message.HasIndex(m => new { m.Status, m.DueTime }).HasDatabaseName("IX_ScheduledMessage_Status_DueTime");
        });

        return modelBuilder;
    }
}
