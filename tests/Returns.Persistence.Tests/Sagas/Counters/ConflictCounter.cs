using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>Counts the writes that failed the Version check, i.e. the conflicts message retry had to absorb.</summary>
public sealed class ConflictCounter : SaveChangesInterceptor
{
    private int conflicts;

    public int Conflicts => Volatile.Read(ref conflicts);

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref conflicts);
        return ValueTask.FromResult(result);
    }
}
