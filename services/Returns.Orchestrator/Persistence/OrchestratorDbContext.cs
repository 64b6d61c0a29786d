using Microsoft.EntityFrameworkCore;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator.Persistence;

/// <summary>
/// The orchestrator's database: the return saga (and, as the persistence work lands, its inbox/outbox
/// and schedule). Abstract because each provider has a subclass of its own, carrying its migrations.
/// </summary>
public abstract class OrchestratorDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ReturnState> ReturnStates => Set<ReturnState>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ReturnStateMap());
}
