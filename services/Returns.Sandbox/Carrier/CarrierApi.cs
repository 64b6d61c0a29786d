using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Returns.Sandbox.Faults;
using Returns.Sandbox.Ledgers;

namespace Returns.Sandbox.Carrier;

/// <summary>The carrier's API: issue and void return labels, and show the ledger of every label issued.</summary>
public static class CarrierApi
{
    public static IServiceCollection AddCarrierApi(this IServiceCollection services) =>
        services.AddSingleton(new IdempotentLedger<Label>(label => label.LabelId));

    public static IEndpointRouteBuilder MapCarrierApi(this IEndpointRouteBuilder app)
    {
        var labels = app.MapGroup("/carrier/labels");
        labels.MapPost("/", CreateLabel)
            .WithFaults(FaultApis.Carrier, context => context.Arguments.OfType<CreateLabelRequest>().FirstOrDefault()?.OrderNumber);
        labels.MapPost("/{labelId}/void", VoidLabel)
            .WithFaults(FaultApis.Carrier, OrderNumberOfLabel);
        labels.MapGet("/", (IdempotentLedger<Label> ledger) =>
            TypedResults.Ok(ledger.All().OrderBy(label => label.CreatedAt).ThenBy(label => label.LabelId).ToArray()));
        labels.MapGet("/{labelId}", GetLabel);
        labels.MapGet("/{labelId}/pdf", GetLabelDocument);
        return app;
    }

    private static Results<Created<Label>, Ok<Label>, ProblemHttpResult> CreateLabel(
        CreateLabelRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IdempotentLedger<Label> ledger,
        TimeProvider time,
        HttpRequest http)
    {
        var errors = request.Validate(idempotencyKey);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var baseUrl = $"{http.Scheme}://{http.Host}{http.PathBase}";
        var write = ledger.Create(idempotencyKey!, () => Label.Issue(request, idempotencyKey!, time.GetUtcNow(), baseUrl));
        return write.Created
            ? TypedResults.Created($"/carrier/labels/{write.Entry.LabelId}", write.Entry)
            : TypedResults.Ok(write.Entry);
    }

    private static Results<Ok<LabelVoided>, ProblemHttpResult> VoidLabel(
        string labelId, IdempotentLedger<Label> ledger, TimeProvider time)
    {
        // Voiding a void label changes nothing, so the second void keeps the first one's time.
        var label = ledger.Update(labelId, current => current.Status == LabelStatus.Void
            ? current
            : current with { Status = LabelStatus.Void, VoidedAt = time.GetUtcNow() });
        return label is null
            ? Problems.NotFound($"Label {labelId} does not exist.")
            : TypedResults.Ok(new LabelVoided(label.LabelId, label.Status));
    }

    private static Results<Ok<Label>, ProblemHttpResult> GetLabel(string labelId, IdempotentLedger<Label> ledger) =>
        ledger.Find(labelId) is { } label
            ? TypedResults.Ok(label)
            : Problems.NotFound($"Label {labelId} does not exist.");

    // A stand-in for the printable label: enough to show a customer what the link leads to.
    private static Results<ContentHttpResult, ProblemHttpResult> GetLabelDocument(string labelId, IdempotentLedger<Label> ledger) =>
        ledger.Find(labelId) is { } label
            ? TypedResults.Text(
                $"RETURN LABEL {label.LabelId} ({label.Status})\nTracking: {label.TrackingNumber}\nOrder: {label.OrderNumber}\n" +
                $"From: {label.CustomerName}, {label.From.Line1}, {label.From.City} {label.From.PostalCode}, {label.From.Country}\n" +
                $"Items: {label.ItemCount}\n",
                "text/plain")
            : Problems.NotFound($"Label {labelId} does not exist.");

    // failOrders applies to voids too: the label knows which order it belongs to.
    private static string? OrderNumberOfLabel(EndpointFilterInvocationContext context) =>
        context.HttpContext.GetRouteValue("labelId") is string labelId
            ? context.HttpContext.RequestServices.GetRequiredService<IdempotentLedger<Label>>().Find(labelId)?.OrderNumber
            : null;
}
