using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>The counter table, mapped the way the repository expects a saga: CorrelationId key, Version token.</summary>
public sealed class CounterStateMap : IEntityTypeConfiguration<CounterState>
{
    public void Configure(EntityTypeBuilder<CounterState> saga)
    {
        saga.ToTable("Counters");
        saga.HasKey(s => s.CorrelationId);
        saga.Property(s => s.CorrelationId).ValueGeneratedNever();
        saga.Property(s => s.Version).IsConcurrencyToken();
        saga.Property(s => s.CurrentState).HasMaxLength(64).IsRequired();
        saga.HasIndex(s => s.CurrentState);
        saga.Property(s => s.Name).HasMaxLength(64).IsRequired();
        saga.HasIndex(s => s.Name);
    }
}
