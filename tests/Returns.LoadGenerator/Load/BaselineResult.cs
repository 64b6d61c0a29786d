namespace Returns.LoadGenerator.Load;

/// <summary>What the raw transport did: <paramref name="Messages"/> of <paramref name="MessageBytes"/> each (envelope included) published and consumed in <paramref name="Duration"/>.</summary>
public sealed record BaselineResult(int Messages, int MessageBytes, int Concurrency, TimeSpan Duration)
{
    public double MessagesPerSecond => Messages / Duration.TotalSeconds;
}
