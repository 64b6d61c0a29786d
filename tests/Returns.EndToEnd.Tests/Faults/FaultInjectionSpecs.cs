using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Returns.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Returns.EndToEnd.Tests.Faults;

/// <summary>
/// The sandbox's fault knobs and a stopped service against the whole system: what Polly and the message
/// retry absorb, what ends in NeedsAttention until a person retries, and what is tried again later.
/// Every spec clears the faults it set, whatever happens.
/// </summary>
[Collection(FaultReturnsSystemCollection.Name)]
public sealed class FaultInjectionSpecs(FaultReturnsSystem system, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task A_carrier_failing_half_its_calls_still_issues_one_label_per_return_and_every_return_completes()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var injected = 0;
        void Count(string line)
        {
            if (line.Contains("Injecting 503 into a carrier call", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref injected);
            }
        }

        system.Service("Sandbox").LineWritten += Count;
        await SetFaults("carrier", new { errorRate = 0.5 });
        var clock = Stopwatch.StartNew();
        try
        {
            var returnIds = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => system.Submit("ORD-1001")));
            var finals = await Task.WhenAll(returnIds.Select(id => system.WaitForState(id, "Completed", TimeSpan.FromSeconds(60))));
            output.WriteLine($"6 returns completed in {clock.Elapsed.TotalSeconds:F1} s through {injected} injected carrier failures");

            var labels = await system.SandboxList("/carrier/labels");
            foreach (var (returnId, status) in returnIds.Zip(finals))
            {
                var label = labels.Where(l => Key(l) == returnId).ShouldHaveSingleItem();
                label.GetProperty("status").GetString().ShouldBe("active");
                status.GetProperty("trackingNumber").GetString().ShouldBe(label.GetProperty("trackingNumber").GetString());
            }

            injected.ShouldBeGreaterThan(0, "the carrier was meant to fail some of the calls");
        }
        finally
        {
            system.Service("Sandbox").LineWritten -= Count;
            await ClearFaults();
        }
    }

    [SkippableFact]
    public async Task A_carrier_that_is_down_leaves_the_return_needing_attention_and_a_retry_after_it_recovers_completes_it()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        await SetFaults("carrier", new { errorRate = 1.0 });
        var clock = Stopwatch.StartNew();
        Guid returnId;
        try
        {
            returnId = await system.Submit("ORD-1001");
            var stuck = await system.WaitForState(returnId, "NeedsAttention", TimeSpan.FromSeconds(45));
            output.WriteLine($"NeedsAttention after {clock.Elapsed.TotalSeconds:F1} s: {stuck.GetProperty("statusReason").GetString()}");
            output.WriteLine(Timeline(stuck));

            stuck.GetProperty("statusReason").GetString()!.ShouldStartWith("create-return-label failed");
            (await system.SandboxList("/carrier/labels")).ShouldNotContain(l => Key(l) == returnId);
            var ticket = (await OpenEscalations()).Where(e => ReturnIdOf(e) == returnId).ShouldHaveSingleItem();
            ticket.GetProperty("kind").GetString().ShouldBe("Attention");
            ticket.GetProperty("state").GetString().ShouldBe("NeedsAttention");
            ticket.GetProperty("failedStep").GetString().ShouldBe("create-return-label");

            // A deadline may have sent the label command again while the first was still being retried; the
            // fault of that copy must land (and be ignored) before the retry, or it would count against it.
            await WaitForEveryLabelCommandToFault(returnId, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await ClearFaults();
        }

        // The carrier's breaker opened on the outage; an operator's retry within its break would fail fast.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var retry = await Decide(returnId, "retry", "oscar.operator", "Carrier is back");
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        var status = await system.WaitForState(returnId, "Completed", TimeSpan.FromSeconds(45));
        output.WriteLine($"Completed {clock.Elapsed.TotalSeconds:F1} s after submission");

        (await system.SandboxList("/carrier/labels")).Where(l => Key(l) == returnId).ShouldHaveSingleItem();
        status.GetProperty("timeline").EnumerateArray().ShouldContain(e =>
            e.GetProperty("event").GetString() == "RetryReturnStep" && e.GetProperty("actor").GetString() == "oscar.operator");
        (await OpenEscalations()).ShouldNotContain(e => ReturnIdOf(e) == returnId);
    }

    [SkippableFact]
    public async Task With_SMTP_down_the_return_completes_with_the_email_failed_and_the_email_is_sent_once_SMTP_is_back()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        await SetFaults("smtp", new { errorRate = 1.0 });
        var clock = Stopwatch.StartNew();
        Guid returnId;
        try
        {
            returnId = await system.Submit("ORD-1001");
            var completed = await system.WaitForState(returnId, "Completed", TimeSpan.FromSeconds(45));
            output.WriteLine($"Completed without its email after {clock.Elapsed.TotalSeconds:F1} s: {completed.GetProperty("emailStatus").GetString()}");

            completed.GetProperty("emailStatus").GetString()!.ShouldStartWith("failed");
        }
        finally
        {
            await ClearFaults();
        }

        var sent = await WaitForEmailStatus(returnId, "sent", TimeSpan.FromSeconds(30));
        output.WriteLine($"Email sent {clock.Elapsed.TotalSeconds:F1} s after submission");

        sent.GetProperty("state").GetString().ShouldBe("Completed");
        var trackingNumber = sent.GetProperty("trackingNumber").GetString()!;
        var mail = (await system.SandboxList("/mailbox")).Where(m => m.GetProperty("body").GetString()!.Contains(trackingNumber)).ShouldHaveSingleItem();
        mail.GetProperty("subject").GetString()!.ShouldContain("ORD-1001");
        sent.GetProperty("timeline").EnumerateArray().ShouldContain(e => e.GetProperty("event").GetString() == "ConfirmationResend.Received");
    }

    [SkippableFact]
    public async Task A_stopped_step_service_is_sent_its_command_again_then_the_return_needs_attention_and_a_retry_after_the_restart_completes_it()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var validation = system.Service("Validation");
        ReturnsSystem.KillHard(validation);
        var clock = Stopwatch.StartNew();
        Guid returnId;
        try
        {
            returnId = await system.Submit("ORD-1001");
            var stuck = await system.WaitForState(returnId, "NeedsAttention", TimeSpan.FromSeconds(75));
            output.WriteLine($"NeedsAttention after {clock.Elapsed.TotalSeconds:F1} s: {stuck.GetProperty("statusReason").GetString()}");

            clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(29), "two deadlines of 15 s pass first");
            stuck.GetProperty("statusReason").GetString()!.ShouldStartWith("validate-order failed");
            var events = stuck.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
            events.Count(e => e == "StepDeadline.Received").ShouldBe(2, "sent again at the first deadline, given up at the second");
        }
        finally
        {
            if (validation.HasExited)
            {
                await system.Restart(validation);
            }
        }

        var retry = await Decide(returnId, "retry", "oscar.operator", "Validation is running again");
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        await system.WaitForState(returnId, "Completed", TimeSpan.FromSeconds(45));
        output.WriteLine($"Completed {clock.Elapsed.TotalSeconds:F1} s after submission");
    }

    [SkippableFact]
    public async Task A_return_awaiting_approval_is_listed_as_an_escalation_until_a_manager_decides()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);

        var returnId = await system.Submit("ORD-2001");
        await system.WaitForState(returnId, "AwaitingApproval", TimeSpan.FromSeconds(30));

        var ticket = (await OpenEscalations()).Where(e => ReturnIdOf(e) == returnId).ShouldHaveSingleItem();
        ticket.GetProperty("kind").GetString().ShouldBe("Approval");
        ticket.GetProperty("state").GetString().ShouldBe("AwaitingApproval");
        ticket.GetProperty("orderNumber").GetString().ShouldBe("ORD-2001");
        ticket.GetProperty("reason").GetString()!.ShouldContain("return-window");

        var denial = await Decide(returnId, "deny", "maria.manager", "Far outside the window");
        denial.StatusCode.ShouldBe(HttpStatusCode.OK);
        await system.WaitForState(returnId, "Rejected", TimeSpan.FromSeconds(30));
        (await OpenEscalations()).ShouldNotContain(e => ReturnIdOf(e) == returnId);
    }

    private async Task SetFaults(string api, object settings) =>
        (await system.Sandbox.PutAsJsonAsync($"/faults/{api}", settings)).EnsureSuccessStatusCode();

    private async Task ClearFaults() =>
        (await system.Sandbox.DeleteAsync("/faults")).EnsureSuccessStatusCode();

    private Task<HttpResponseMessage> Decide(Guid returnId, string decision, string actor, string reason) =>
        system.ApiAs(actor).PostAsJsonAsync($"/returns/{returnId}/{decision}", new { reason });

    private async Task<List<JsonElement>> OpenEscalations() =>
        (await system.Api.GetFromJsonAsync<JsonElement>("/escalations?pageSize=100")).GetProperty("items").EnumerateArray().ToList();

    private async Task<JsonElement> WaitForEmailStatus(Guid returnId, string emailStatus, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonElement last;
        do
        {
            last = await system.Status(returnId);
            if (last.GetProperty("emailStatus").GetString() == emailStatus)
            {
                return last;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Return {returnId}'s email never became {emailStatus}. Last status: {last}\n{system.Diagnostics()}");
    }

    private async Task WaitForEveryLabelCommandToFault(Guid returnId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var events = Events(await system.Status(returnId));
            var sent = 1 + events.Count(e => e.Event == "StepDeadline.Received" && e.To == "CreatingLabel");
            var faulted = events.Count(e => e.Event == "CreateReturnLabelFaulted");
            if (faulted >= sent)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{sent} label command(s) sent for {returnId}, {faulted} faulted.\n{system.Diagnostics()}");
            }

            await Task.Delay(200);
        }
    }

    private static List<(string? Event, string? To)> Events(JsonElement status) =>
        status.GetProperty("timeline").EnumerateArray()
            .Select(e => (e.GetProperty("event").GetString(), e.GetProperty("to").GetString()))
            .ToList();

    private static string Timeline(JsonElement status) =>
        string.Join("\n", status.GetProperty("timeline").EnumerateArray().Select(e =>
            $"  {e.GetProperty("at").GetDateTimeOffset():HH:mm:ss.f} {e.GetProperty("event").GetString()} -> {e.GetProperty("to").GetString()}: {e.GetProperty("details").GetString()}"));

    private static Guid ReturnIdOf(JsonElement escalation) => escalation.GetProperty("returnId").GetGuid();

    private static Guid? Key(JsonElement ledgerEntry) =>
        ledgerEntry.TryGetProperty("idempotencyKey", out var key) && Guid.TryParse(key.GetString(), out var id) ? id : null;
}
