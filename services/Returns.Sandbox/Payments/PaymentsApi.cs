using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Returns.Sandbox.Faults;
using Returns.Sandbox.Ledgers;

namespace Returns.Sandbox.Payments;

/// <summary>The payment provider's API: schedule and cancel refunds, and show the ledger.</summary>
public static class PaymentsApi
{
    public static IServiceCollection AddPaymentsApi(this IServiceCollection services) =>
        services.AddSingleton(new IdempotentLedger<Refund>(refund => refund.RefundId));

    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var refunds = app.MapGroup("/payments/refunds");
        refunds.MapPost("/", CreateRefund)
            .WithFaults(FaultApis.Payments, context => context.Arguments.OfType<CreateRefundRequest>().FirstOrDefault()?.OrderNumber);
        refunds.MapPost("/{refundId}/cancel", CancelRefund)
            .WithFaults(FaultApis.Payments, OrderNumberOfRefund);
        refunds.MapGet("/", (IdempotentLedger<Refund> ledger) =>
            TypedResults.Ok(ledger.All().OrderBy(refund => refund.CreatedAt).ThenBy(refund => refund.RefundId).ToArray()));
        refunds.MapGet("/{refundId}", GetRefund);
        return app;
    }

    private static Results<Created<Refund>, Ok<Refund>, ProblemHttpResult> CreateRefund(
        CreateRefundRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IdempotentLedger<Refund> ledger,
        TimeProvider time)
    {
        var malformed = request.MalformedFields(idempotencyKey);
        if (malformed.Count > 0)
        {
            return Problems.Invalid(malformed);
        }
        var refused = request.RefusedFields();
        if (refused.Count > 0)
        {
            return Problems.Invalid(refused, StatusCodes.Status422UnprocessableEntity);
        }
        var write = ledger.Create(idempotencyKey!, () => Refund.Schedule(request, idempotencyKey!, time.GetUtcNow()));
        return write.Created
            ? TypedResults.Created($"/payments/refunds/{write.Entry.RefundId}", write.Entry)
            : TypedResults.Ok(write.Entry);
    }

    private static Results<Ok<RefundCancelled>, ProblemHttpResult> CancelRefund(
        string refundId, IdempotentLedger<Refund> ledger, TimeProvider time)
    {
        // Cancelling twice changes nothing, so the first cancellation's time stands.
        var refund = ledger.Update(refundId, current => current.Status == RefundStatus.Cancelled
            ? current
            : current with { Status = RefundStatus.Cancelled, CancelledAt = time.GetUtcNow() });
        return refund is null
            ? Problems.NotFound($"Refund {refundId} does not exist.")
            : TypedResults.Ok(new RefundCancelled(refund.RefundId, refund.Status));
    }

    private static Results<Ok<Refund>, ProblemHttpResult> GetRefund(string refundId, IdempotentLedger<Refund> ledger) =>
        ledger.Find(refundId) is { } refund
            ? TypedResults.Ok(refund)
            : Problems.NotFound($"Refund {refundId} does not exist.");

    // failOrders applies to cancellations too: the refund knows which order it belongs to.
    private static string? OrderNumberOfRefund(EndpointFilterInvocationContext context) =>
        context.HttpContext.GetRouteValue("refundId") is string refundId
            ? context.HttpContext.RequestServices.GetRequiredService<IdempotentLedger<Refund>>().Find(refundId)?.OrderNumber
            : null;
}
