using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.LoadGenerator.Chaos;

/// <summary>
/// Reads a chaos run's evidence where it lives: the orchestrator's and Inventory's PostgreSQL databases
/// (straight SQL, not through the services), the sandbox's carrier and payment ledgers and its SMTP inbox.
/// </summary>
public sealed partial class StoreReader(ReturnsSystem system)
{
    /// <summary>The states a return stays in for good, or until a person acts.</summary>
    public static readonly IReadOnlyList<string> SettledStates = ["Completed", "Rejected", "Cancelled", "Resolved", "AwaitingApproval", "NeedsAttention"];

    private const string ConfirmationSubject = ": label and next steps";

    private readonly string orchestrator = Unpooled(system.DatabaseConnectionString("Orchestrator"));
    private readonly string inventory = Unpooled(system.DatabaseConnectionString("Inventory"));

    /// <summary>How many of <paramref name="returnIds"/> the saga holds in a settled state; null while its database cannot answer.</summary>
    public async Task<int?> SettledCount(IReadOnlyCollection<Guid> returnIds, CancellationToken cancellationToken)
    {
        try
        {
            var states = await States(cancellationToken);
            return returnIds.Count(id => states.TryGetValue(id, out var state) && SettledStates.Contains(state));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public async Task<StoreSnapshot> Read(CancellationToken cancellationToken)
    {
        var states = await States(cancellationToken);
        var strays = new List<string>();
        var labels = Ledger(await system.SandboxList("/carrier/labels"), "labelId", "active", strays);
        var refunds = Ledger(await system.SandboxList("/payments/refunds"), "refundId", "scheduled", strays);

        // A confirmation email names its return only through the label it carries (the customer is shared by every return of an order).
        var labelOwners = labels.ToDictionary(l => l.Detail, l => l.ReturnId);
        var emails = new List<LedgerEntry>();
        foreach (var mail in (await system.Sandbox.GetFromJsonAsync<List<JsonElement>>("/mailbox", cancellationToken))!)
        {
            if (mail.GetProperty("subject").GetString()?.EndsWith(ConfirmationSubject, StringComparison.Ordinal) != true)
            {
                continue;
            }

            var label = LabelId().Match(mail.GetProperty("body").GetString() ?? string.Empty);
            if (label.Success && labelOwners.TryGetValue(label.Value, out var returnId))
            {
                emails.Add(new LedgerEntry(returnId, label.Value, Live: true));
            }
            else
            {
                strays.Add($"confirmation email naming {(label.Success ? $"unknown label {label.Value}" : "no label")}");
            }
        }

        return new StoreSnapshot(states, await InventoryMoves(cancellationToken), labels, refunds, emails, strays);
    }

    private async Task<Dictionary<Guid, string>> States(CancellationToken cancellationToken)
    {
        var states = new Dictionary<Guid, string>();
        await using var connection = new NpgsqlConnection(orchestrator);
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand("""SELECT "CorrelationId", "CurrentState" FROM "ReturnStates" """, connection);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            states[reader.GetGuid(0)] = reader.GetString(1);
        }

        return states;
    }

    private async Task<List<LedgerEntry>> InventoryMoves(CancellationToken cancellationToken)
    {
        var moves = new List<LedgerEntry>();
        await using var connection = new NpgsqlConnection(inventory);
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand("""SELECT "ReturnId", "Sku", "Status" FROM "ReturningItems" """, connection);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            moves.Add(new LedgerEntry(reader.GetGuid(0), reader.GetString(1), Live: reader.GetString(2) == "Returning"));
        }

        return moves;
    }

    private static List<LedgerEntry> Ledger(List<JsonElement> entries, string idProperty, string liveStatus, List<string> strays)
    {
        var ledger = new List<LedgerEntry>();
        foreach (var entry in entries)
        {
            var id = entry.GetProperty(idProperty).GetString()!;
            if (entry.TryGetProperty("idempotencyKey", out var key) && Guid.TryParse(key.GetString(), out var returnId))
            {
                ledger.Add(new LedgerEntry(returnId, id, entry.GetProperty("status").GetString() == liveStatus));
            }
            else
            {
                strays.Add($"{id} without a ReturnId as its Idempotency-Key");
            }
        }

        return ledger;
    }

    // Fresh connections each time: pooled ones would all be dead after the PostgreSQL restart.
    private static string Unpooled(string? connectionString) =>
        (connectionString ?? throw new InvalidOperationException("The chaos run reads the services' stores on PostgreSQL; start the system with --postgres."))
        + ";Pooling=false";

    [GeneratedRegex("LBL-[0-9A-F]{10}")]
    private static partial Regex LabelId();
}
