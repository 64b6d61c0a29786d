namespace Returns.Benchmarks.Driving;

/// <summary>How many replies the stub steps have published, so a round knows how many saga messages it drove.</summary>
public sealed class ReplyCounter
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public void Add() => Interlocked.Increment(ref count);
}
