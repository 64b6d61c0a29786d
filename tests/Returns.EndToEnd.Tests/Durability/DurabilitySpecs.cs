using System.Text.Json;
using Xunit.Abstractions;

namespace Returns.EndToEnd.Tests.Durability;

/// <summary>
/// Durable state end to end (issue 3): 200 returns through real processes on RabbitMQ and PostgreSQL,
/// two orchestrator replicas racing on one database, kill -9 of both replicas and of Refunds while
/// returns are in flight. One run (see <see cref="DurabilityRun"/>), read by every spec here.
/// </summary>
public sealed class DurabilitySpecs(DurableReturnsSystem system, ITestOutputHelper output) : IClassFixture<DurableReturnsSystem>
{
    private static readonly string[] ForwardPath = ["Validating", "CheckingEligibility", "CreatingLabel", "NotifyingAndRestocking", "SchedulingRefund", "Completed"];

    // The saga may hold the refund until it falls due; that state sits between the join and the refund.
    private const string RefundHold = "RefundPending";

    [SkippableFact]
    public async Task Every_return_settles_in_the_state_its_order_leads_to_after_kill_9_of_both_orchestrators_and_refunds()
    {
        var run = await Run();

        run.Orders.Count.ShouldBe(DurabilityRun.ReturnCount);
        run.Orders.Keys.Where(id => !run.States.ContainsKey(id)).ShouldBeEmpty("every submitted return is found by the search");
        run.States.Keys.Where(id => !run.Orders.ContainsKey(id)).ShouldBeEmpty("the search lists only the run's returns");
        run.Orders
            .Where(o => run.States.TryGetValue(o.Key, out var state) && state != ReturnMix.FinalStateOf(o.Value))
            .Select(o => $"{o.Key} ({o.Value}) is {run.States[o.Key]}, expected {ReturnMix.FinalStateOf(o.Value)}")
            .ShouldBeEmpty();
        run.Queues.Where(q => q.HoldsFailures && q.Messages > 0).Select(q => $"{q.Name}: {q.Messages}")
            .ShouldBeEmpty("no message failed for good (a version conflict that outlived its retries would be here)");
    }

    [SkippableFact]
    public async Task The_payment_ledger_holds_exactly_one_refund_per_completed_return_and_no_live_one_for_any_other()
    {
        var run = await Run();
        var completed = Returns(run, "Completed");
        var refunds = run.Refunds.GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());

        completed.Count.ShouldBe(run.Orders.Values.Count(o => ReturnMix.FinalStateOf(o) == "Completed"));
        refunds.Keys.ShouldNotContain(Guid.Empty, "every refund carries its return's id as Idempotency-Key");
        completed.Where(id => !refunds.TryGetValue(id, out var mine) || mine.Count != 1)
            .Select(id => $"{id}: {(refunds.TryGetValue(id, out var mine) ? mine.Count : 0)} refunds")
            .ShouldBeEmpty("each completed return has exactly one refund");
        completed.Where(id => Status(refunds[id][0]) != "scheduled").ShouldBeEmpty("no completed return's refund was cancelled");

        // What the saga recorded is the ledger's refund, not a second one it never heard back about.
        completed.Select(id => (Saga: run.CompletedStatuses[id], Ledger: refunds[id][0]))
            .Where(r => r.Saga.GetProperty("refundId").GetString() != r.Ledger.GetProperty("refundId").GetString()
                || r.Saga.GetProperty("refundAmount").GetDecimal() != r.Ledger.GetProperty("amount").GetDecimal())
            .Select(r => $"{r.Saga.GetProperty("returnId")}: saga {r.Saga.GetProperty("refundId")}, ledger {r.Ledger.GetProperty("refundId")}")
            .ShouldBeEmpty();

        refunds.Where(r => !completed.Contains(r.Key) && r.Value.Any(refund => Status(refund) != "cancelled"))
            .Select(r => $"{r.Key} ({run.States.GetValueOrDefault(r.Key)}): a live refund")
            .ShouldBeEmpty("a return that did not complete has no refund, or only a cancelled one");
    }

    [SkippableFact]
    public async Task The_carrier_ledger_holds_one_label_per_return_that_got_past_eligibility_and_the_cancelled_ones_are_void()
    {
        var run = await Run();
        var labels = run.Labels.GroupBy(Key).ToDictionary(g => g.Key, g => g.Select(Status).ToList());

        Returns(run, "Completed").Where(id => !labels.TryGetValue(id, out var mine) || mine is not ["active"])
            .ShouldBeEmpty("each completed return has one active label");
        Returns(run, "Cancelled").Where(id => !labels.TryGetValue(id, out var mine) || mine is not ["void"])
            .ShouldBeEmpty("each cancelled return has one label, voided by the compensation");
        Returns(run, "Rejected").Concat(Returns(run, "AwaitingApproval")).Where(id => labels.ContainsKey(id))
            .ShouldBeEmpty("a rejected or waiting return has no label");
    }

    [SkippableFact]
    public async Task Two_orchestrator_replicas_on_one_database_move_each_completed_return_through_each_transition_once()
    {
        var run = await Run();

        run.Queues.Single(q => q.Name == "return-saga").Consumers.ShouldBe(2, "both replicas compete for the saga's queue");
        var wrong = run.CompletedStatuses
            .Select(s => (Id: s.Key, Transitions: Transitions(s.Value)))
            .Where(s => !IsForwardPath(s.Transitions))
            .Select(s => $"{s.Id}: {string.Join(" > ", s.Transitions)}")
            .ToList();
        wrong.ShouldBeEmpty($"each transition exactly once: {string.Join(" > ", ForwardPath)} (optionally {RefundHold} before SchedulingRefund)");
        run.CompletedStatuses.Values.Where(s => s.GetProperty("emailStatus").GetString() != "sent")
            .Select(s => s.GetProperty("returnId").GetGuid())
            .ShouldBeEmpty("both joined replies (email and inventory) were kept, neither overwritten by the other");
    }

    [SkippableFact]
    public async Task Approve_and_deny_posted_at_once_leave_one_winner_per_return_across_two_replicas_and_refuse_the_other()
    {
        var run = await Run();
        var race = await system.Race;
        output.WriteLine(race.Figures);

        race.Decisions.Count.ShouldBe(run.Orders.Values.Count(o => ReturnMix.FinalStateOf(o) == "AwaitingApproval"));
        race.ConflictsRetried.ShouldBeGreaterThan(0, "the race made the replicas collide on the saga's Version at least once; otherwise it proved nothing");
        race.Decisions.Where(d => d.Winner is null).Select(d => $"{d.ReturnId}: approve {(int)d.Approve}, deny {(int)d.Deny}")
            .ShouldBeEmpty("exactly one decision is accepted, the other refused with 409");

        var refunds = race.Refunds.GroupBy(Key).ToDictionary(g => g.Key, g => g.Select(Status).ToList());
        var labels = race.Labels.GroupBy(Key).ToDictionary(g => g.Key, g => g.Select(Status).ToList());
        var problems = new List<string>();
        foreach (var decision in race.Decisions.Where(d => d.Winner is not null))
        {
            var status = race.Statuses[decision.ReturnId];
            var approved = decision.Winner == "ApproveReturn";
            var timeline = status.GetProperty("timeline").EnumerateArray().ToList();
            var decided = timeline.Where(e => e.GetProperty("from").GetString() == "AwaitingApproval" && e.GetProperty("to").GetString() != "AwaitingApproval").ToList();
            var refused = timeline.Count(e => e.GetProperty("event").GetString() == $"{decision.Loser} refused");
            var state = status.GetProperty("state").GetString();

            if (state != (approved ? "Completed" : "Rejected"))
            {
                problems.Add($"{decision.ReturnId}: {decision.Winner} won but the return is {state}");
            }

            if (decided is not [var only] || only.GetProperty("event").GetString() != decision.Winner)
            {
                problems.Add($"{decision.ReturnId}: left AwaitingApproval {decided.Count} times ({string.Join(", ", decided.Select(e => e.GetProperty("event")))}), expected once by {decision.Winner}");
            }

            if (refused != 1)
            {
                problems.Add($"{decision.ReturnId}: {refused} '{decision.Loser} refused' entries, expected 1");
            }

            var ledger = (Refunds: refunds.GetValueOrDefault(decision.ReturnId) ?? [], Labels: labels.GetValueOrDefault(decision.ReturnId) ?? []);
            if (approved ? ledger is not (["scheduled"], ["active"]) : ledger is not ([], []))
            {
                problems.Add($"{decision.ReturnId}: {decision.Winner} won; refunds [{string.Join(", ", ledger.Refunds)}], labels [{string.Join(", ", ledger.Labels)}]");
            }
        }

        problems.ShouldBeEmpty();
        race.Queues.Where(q => q.HoldsFailures && q.Messages > 0).Select(q => $"{q.Name}: {q.Messages}")
            .ShouldBeEmpty("every conflict was retried to an answer; none outlived its retries");
    }

    private async Task<DurabilityRun> Run()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var run = await system.Run;
        output.WriteLine(run.Figures);
        return run;
    }

    private static bool IsForwardPath(List<string> transitions)
    {
        var hold = transitions.IndexOf(RefundHold);
        var held = hold < 0 || (transitions.Count(t => t == RefundHold) == 1 && hold > 0 && transitions[hold - 1] == "NotifyingAndRestocking");
        return held && transitions.Where(t => t != RefundHold).SequenceEqual(ForwardPath);
    }

    /// <summary>The states the return entered, in order (entries that changed nothing are left out).</summary>
    private static List<string> Transitions(JsonElement status) =>
        status.GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("from").GetString() != e.GetProperty("to").GetString())
            .Select(e => e.GetProperty("to").GetString()!)
            .ToList();

    private static HashSet<Guid> Returns(DurabilityRun run, string state) =>
        run.States.Where(s => s.Value == state).Select(s => s.Key).ToHashSet();

    /// <summary>The return a ledger entry was made for (its Idempotency-Key); Guid.Empty when it names none.</summary>
    private static Guid Key(JsonElement ledgerEntry) =>
        ledgerEntry.TryGetProperty("idempotencyKey", out var key) && Guid.TryParse(key.GetString(), out var id) ? id : Guid.Empty;

    private static string? Status(JsonElement ledgerEntry) => ledgerEntry.GetProperty("status").GetString();
}
