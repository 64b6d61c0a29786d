using Microsoft.EntityFrameworkCore;
using Returns.Orchestrator.StateMachines;
using Returns.Persistence.Outbox;
using Returns.Persistence.Scheduling;

namespace Returns.Orchestrator.Persistence;

/// <summary>
/// The orchestrator's database: the return saga, its inbox/outbox and the durable schedule, so a
/// transition, the commands it sends and the deadlines it sets commit in one transaction.
/// Abstract because each provider has a subclass of its own, carrying its migrations.
/// </summary>
public abstract class OrchestratorDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ReturnState> ReturnStates => Set<ReturnState>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new ReturnStateMap())
        .AddInboxOutboxEntities()
        .AddScheduledMessages();
}
