namespace Returns.LoadGenerator.Chaos;

/// <summary>
/// What the services' own stores and the sandbox's ledgers hold once a chaos run settled: the evidence the
/// verdict is drawn from (never the events the generator saw, which a broker restart may have lost).
/// </summary>
/// <param name="States">The orchestrator's saga rows: each return's current state.</param>
/// <param name="InventoryMoves">Inventory's own rows, one per line marked returning; Detail is the SKU.</param>
/// <param name="Labels">The carrier's ledger, by Idempotency-Key.</param>
/// <param name="Refunds">The payment provider's ledger, by Idempotency-Key.</param>
/// <param name="ConfirmationEmails">The SMTP inbox's confirmation emails, each tied to its return through the label it carries.</param>
/// <param name="Strays">Ledger entries and emails tied to no return of this system (a key that is not a ReturnId, a label nobody issued).</param>
public sealed record StoreSnapshot(
    IReadOnlyDictionary<Guid, string> States,
    IReadOnlyList<LedgerEntry> InventoryMoves,
    IReadOnlyList<LedgerEntry> Labels,
    IReadOnlyList<LedgerEntry> Refunds,
    IReadOnlyList<LedgerEntry> ConfirmationEmails,
    IReadOnlyList<string> Strays);
