using Returns.Persistence.Modeling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Returns.Contracts;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator.Persistence;

/// <summary>
/// The saga table. Types that mean the same on every provider: bounded strings where a column is
/// indexed or holds our own names, unbounded text for what people and other systems write, JSON text
/// for the nested parts.
/// </summary>
public sealed class ReturnStateMap : IEntityTypeConfiguration<ReturnState>
{
    public const string Table = "ReturnStates";

    // Room for the longest state name with some to spare; the column is indexed.
    private const int StateLength = 64;
    private const int ExternalIdLength = 256;
    private const int UrlLength = 2048;

    public void Configure(EntityTypeBuilder<ReturnState> saga)
    {
        saga.ToTable(Table);
        saga.HasKey(s => s.CorrelationId);
        saga.Property(s => s.CorrelationId).ValueGeneratedNever();
        saga.Property(s => s.Version).IsConcurrencyToken();

        saga.Property(s => s.CurrentState).HasMaxLength(StateLength).IsRequired();
        saga.HasIndex(s => s.CurrentState);
        saga.Property(s => s.OrderNumber).HasMaxLength(ReturnRequestRules.MaxOrderNumberLength).IsRequired();
        saga.HasIndex(s => s.OrderNumber);

        saga.Property(s => s.Reason).IsRequired();
        saga.Property(s => s.LabelId).HasMaxLength(ExternalIdLength);
        saga.Property(s => s.TrackingNumber).HasMaxLength(ExternalIdLength);
        saga.Property(s => s.LabelUrl).HasMaxLength(UrlLength);
        saga.Property(s => s.RefundId).HasMaxLength(ExternalIdLength);
        saga.Property(s => s.RefundAmount).HasPrecision(19, 4);
        saga.Property(s => s.FailedStep).HasMaxLength(StateLength);

        // Open escalations are listed oldest first; the kind is stored by name so a reader of the table knows it.
        saga.Property(s => s.EscalationKind).HasConversion<string>().HasMaxLength(StateLength);
        saga.HasIndex(s => s.EscalatedAt);

        saga.Property(s => s.RequestedLines).HasJsonConversion().IsRequired();
        saga.Property(s => s.CompletedSteps).HasJsonConversion().IsRequired();
        saga.Property(s => s.Order).HasJsonConversion();

        // JSON for now, rewritten with every transition. A table of its own (one row per entry,
        // appended, readable with paging) is the later refinement once status reads come from the store.
        saga.Property(s => s.Timeline).HasJsonConversion().IsRequired();
    }
}
