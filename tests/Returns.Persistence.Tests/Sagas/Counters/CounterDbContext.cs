using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>A service's own DbContext, reduced to the one saga table.</summary>
public sealed class CounterDbContext(DbContextOptions<CounterDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new CounterStateMap());
}
