namespace Returns.Tests.Sandbox;

/// <summary>A clock that always reads the same moment, so seeded order ages can be asserted exactly.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
