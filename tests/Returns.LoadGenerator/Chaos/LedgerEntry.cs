namespace Returns.LoadGenerator.Chaos;

/// <summary>One side effect as its owner recorded it: the return it was made for, and whether it still stands (an active label, a scheduled refund, a sent email, a returning mark).</summary>
public sealed record LedgerEntry(Guid ReturnId, string Detail, bool Live);
