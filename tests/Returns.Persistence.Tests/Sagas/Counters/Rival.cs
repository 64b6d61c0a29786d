using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>
/// Plays another replica that wrote the counter between our read and our write: once, it moves the
/// row's version on. It writes inside our transaction (SQLite admits one writer at a time), so its
/// write is rolled back with our failed attempt; what matters is the conflict and the retry.
/// </summary>
public sealed class Rival
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public async Task WriteFirst(CounterDbContext dbContext, Guid counterId)
    {
        if (Interlocked.Increment(ref calls) == 1)
        {
            await dbContext.Set<CounterState>()
                .Where(counter => counter.CorrelationId == counterId)
                .ExecuteUpdateAsync(setters => setters.SetProperty(counter => counter.Version, counter => counter.Version + 1));
        }
    }
}
