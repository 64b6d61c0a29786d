using Returns.LoadGenerator.Chaos;

namespace Returns.EndToEnd.Tests.Chaos;

/// <summary>The chaos run's checks on hand-made evidence (no servers): a clean run passes, a doctored ledger or a lost return does not.</summary>
public sealed class ChaosVerdictSpecs
{
    private static readonly Guid Completed = Guid.NewGuid();
    private static readonly Guid Rejected = Guid.NewGuid();
    private static readonly Dictionary<Guid, string> Submitted = new() { [Completed] = "ORD-1001", [Rejected] = "ORD-3001" };

    [Fact]
    public void A_completed_return_with_one_of_each_side_effect_and_a_rejected_one_with_none_is_clean()
    {
        var verdict = ChaosVerdict.From(Submitted, Store(), Usual);

        verdict.Problems.ShouldBeEmpty();
        verdict.Clean.ShouldBeTrue();
        verdict.States.ShouldBe(new Dictionary<string, int> { ["Completed"] = 1, ["Rejected"] = 1 }, ignoreOrder: true);
        verdict.Effects.ShouldAllBe(e => e.Found == 1 && e.Expected == 1);
    }

    [Fact]
    public void A_second_label_a_second_email_and_a_line_marked_twice_are_duplicates()
    {
        var clean = Store();
        var doctored = clean with
        {
            Labels = [.. clean.Labels, new LedgerEntry(Completed, "LBL-0000000002", Live: true)],
            ConfirmationEmails = [.. clean.ConfirmationEmails, new LedgerEntry(Completed, "LBL-0000000001", Live: true)],
            InventoryMoves = [.. clean.InventoryMoves, new LedgerEntry(Completed, "SKU-MUG", Live: true)],
        };

        var verdict = ChaosVerdict.From(Submitted, doctored, Usual);

        verdict.Clean.ShouldBeFalse();
        verdict.Effects.ToDictionary(e => e.Effect, e => e.Duplicated).ShouldBe(
            new Dictionary<string, int> { ["label"] = 1, ["inventory move"] = 1, ["refund"] = 0, ["confirmation email"] = 1 }, ignoreOrder: true);
        verdict.Duplicated.ShouldBe(3);
    }

    [Fact]
    public void A_return_missing_from_the_store_is_lost_and_a_refund_for_a_rejected_one_is_unexpected()
    {
        var clean = Store();
        var doctored = clean with
        {
            States = new Dictionary<Guid, string> { [Rejected] = "Rejected" },
            Refunds = [.. clean.Refunds, new LedgerEntry(Rejected, "RF-0000000002", Live: true)],
        };

        var verdict = ChaosVerdict.From(Submitted, doctored, Usual);

        verdict.Lost.ShouldBe(1);
        verdict.Effects.Single(e => e.Effect == "refund").Unexpected.ShouldBe(1);
        verdict.Clean.ShouldBeFalse();
    }

    private static string Usual(string order) => order == "ORD-3001" ? "Rejected" : "Completed";

    private static StoreSnapshot Store() => new(
        new Dictionary<Guid, string> { [Completed] = "Completed", [Rejected] = "Rejected" },
        [new LedgerEntry(Completed, "SKU-MUG", Live: true), new LedgerEntry(Completed, "SKU-TEE", Live: true)],
        [new LedgerEntry(Completed, "LBL-0000000001", Live: true)],
        [new LedgerEntry(Completed, "RF-0000000001", Live: true)],
        [new LedgerEntry(Completed, "LBL-0000000001", Live: true)],
        []);
}
