using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests;

/// <summary>Returns driven through the HTTP API across real processes and a real RabbitMQ on loopback.</summary>
[Collection(ReturnsSystemCollection.Name)]
public sealed class ReturnsEndToEndSpecs(ReturnsSystem system)
{
    [SkippableFact]
    public async Task A_recent_order_completes_with_one_label_one_refund_and_a_confirmation_email()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);

        var returnId = await system.Submit("ORD-1001");
        var status = await system.WaitForState(returnId, "Completed");

        status.GetProperty("trackingNumber").GetString().ShouldNotBeNullOrEmpty();
        status.GetProperty("refundAmount").GetDecimal().ShouldBe(45.00m);
        status.GetProperty("emailStatus").GetString().ShouldBe("sent");
        Transitions(status).ShouldBe(["Validating", "CheckingEligibility", "CreatingLabel", "NotifyingAndRestocking", "RefundPending", "SchedulingRefund", "Completed"]);

        (await system.SandboxList("/carrier/labels")).Count(l => Key(l) == returnId).ShouldBe(1);
        var refund = (await system.SandboxList("/payments/refunds")).Where(r => Key(r) == returnId).ShouldHaveSingleItem();
        refund.GetProperty("status").GetString().ShouldBe("scheduled");
        var mail = await system.SandboxList("/mailbox");
        mail.ShouldContain(m => m.GetProperty("subject").GetString()!.Contains("ORD-1001"));
        var moves = await system.Inventory.GetFromJsonAsync<JsonElement>($"/inventory/returning?returnId={returnId}");
        moves.GetProperty("unitsReturning").GetInt32().ShouldBe(3);

        // Other specs complete ORD-1001 returns too; the newest come first, so this one is on the first page.
        var completed = await system.Api.GetFromJsonAsync<JsonElement>("/returns?order=ORD-1001&state=Completed&pageSize=100");
        completed.GetProperty("items").EnumerateArray().ShouldContain(i =>
            i.GetProperty("returnId").GetGuid() == returnId && i.GetProperty("state").GetString() == "Completed");
    }

    [SkippableFact]
    public async Task A_final_sale_order_is_rejected_with_the_rule_that_decided()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);

        var returnId = await system.Submit("ORD-3001");
        var status = await system.WaitForState(returnId, "Rejected");

        status.GetProperty("statusReason").GetString()!.ShouldContain("final-sale");
        (await system.SandboxList("/carrier/labels")).ShouldNotContain(l => Key(l) == returnId);
    }

    [SkippableFact]
    public async Task An_unknown_order_is_rejected_with_the_reason()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);

        var returnId = await system.Submit("ORD-9999");
        var status = await system.WaitForState(returnId, "Rejected");

        status.GetProperty("statusReason").GetString()!.ShouldContain("ORD-9999");
    }

    [SkippableFact]
    public async Task An_out_of_window_return_waits_for_approval_and_completes_once_approved()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);

        var returnId = await system.Submit("ORD-2001");
        var waiting = await system.WaitForState(returnId, "AwaitingApproval");
        waiting.GetProperty("statusReason").GetString()!.ShouldContain("return-window");

        using var anonymous = new HttpClient { BaseAddress = system.Api.BaseAddress };
        (await anonymous.PostAsJsonAsync($"/returns/{returnId}/approve", new { reason = "No key" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The actor is the operator whose key was sent; an actor named in the body is ignored.
        var approval = await system.ApiAs("maria.manager").PostAsJsonAsync($"/returns/{returnId}/approve", new { actor = "someone.else", reason = "Loyal customer" });
        approval.StatusCode.ShouldBe(HttpStatusCode.OK);

        var status = await system.WaitForState(returnId, "Completed");
        var timeline = status.GetProperty("timeline").EnumerateArray().ToList();
        timeline.ShouldContain(e => e.GetProperty("event").GetString() == "ApproveReturn" && e.GetProperty("actor").GetString() == "maria.manager");
        timeline.ShouldNotContain(e => e.GetProperty("actor").GetString() == "someone.else");
        var again = await system.ApiAs("maria.manager").PostAsJsonAsync($"/returns/{returnId}/approve", new { reason = "twice" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [SkippableFact]
    public async Task A_refused_refund_is_compensated_in_reverse_order_and_the_return_cancelled()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var fault = await system.Sandbox.PutAsJsonAsync("/faults/payments", new { failOrders = new[] { "ORD-1003" }, failStatusCode = 422 });
        fault.EnsureSuccessStatusCode();

        try
        {
            var returnId = await system.Submit("ORD-1003");
            var status = await system.WaitForState(returnId, "Cancelled");

            status.GetProperty("statusReason").GetString()!.ShouldContain("refund");
            var events = status.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
            events.IndexOf("ReturningItemsReverted").ShouldBeLessThan(events.IndexOf("ReturnLabelVoided"), "inventory is undone before the label");
            var label = (await system.SandboxList("/carrier/labels")).Where(l => Key(l) == returnId).ShouldHaveSingleItem();
            label.GetProperty("status").GetString().ShouldBe("void");
            (await system.SandboxList("/payments/refunds")).ShouldNotContain(r => Key(r) == returnId);
            var moves = await system.Inventory.GetFromJsonAsync<JsonElement>($"/inventory/returning?returnId={returnId}");
            moves.GetProperty("unitsReturning").GetInt32().ShouldBe(0);
            var items = moves.GetProperty("items").EnumerateArray().ToList();
            items.ShouldNotBeEmpty();
            items.ShouldAllBe(m => m.GetProperty("status").GetString() == "Reverted");
        }
        finally
        {
            await system.Sandbox.DeleteAsync("/faults/payments");
        }
    }

    private static List<string?> Transitions(JsonElement status) =>
        status.GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("from").GetString() != e.GetProperty("to").GetString())
            .Select(e => e.GetProperty("to").GetString())
            .ToList();

    private static Guid? Key(JsonElement ledgerEntry) =>
        ledgerEntry.TryGetProperty("idempotencyKey", out var key) && Guid.TryParse(key.GetString(), out var id) ? id : null;
}
