namespace Returns.LoadGenerator.Load;

/// <summary>The raw transport baseline's message: padded to the size of the saga's messages.</summary>
public sealed record BaselinePing(Guid Id, int Sequence, string Padding);
