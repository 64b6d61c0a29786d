namespace Returns.Sandbox.Ledgers;

/// <summary>The entry an idempotent create resolved to, and whether this call created it.</summary>
public readonly record struct LedgerWrite<T>(T Entry, bool Created);
