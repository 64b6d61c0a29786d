using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Scheduling;

namespace Returns.Persistence.Tests.Scheduling;

/// <summary>A service's own DbContext as the scheduler meets it: its tables plus AddScheduledMessages().</summary>
public sealed class SchedulerDbContext(DbContextOptions<SchedulerDbContext> options) : DbContext(options)
{
    public DbSet<ScheduledMessageRow> ScheduledMessages => Set<ScheduledMessageRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddScheduledMessages();
}
