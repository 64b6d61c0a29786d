namespace Returns.Persistence.Tests.Scheduling;

/// <summary>
/// A clock the test moves by hand (Microsoft.Extensions.TimeProvider.Testing is not served here).
/// Only "now" is manual: timers and delays still run in real time, so the dispatcher keeps
/// polling every few milliseconds while the test jumps days ahead.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private long ticks = DateTimeOffset.UtcNow.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
