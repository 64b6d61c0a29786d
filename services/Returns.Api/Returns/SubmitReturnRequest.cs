using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Model;

namespace Returns.Api.Returns;

/// <summary>
/// Body of POST /returns, and of a plain-JSON message on the return-intake queue. Lines empty or absent:
/// return the whole order. ReturnId: optional, makes a retried submission safe.
/// </summary>
public sealed record SubmitReturnRequest(string? OrderNumber, string? Reason, List<ReturnLineRequest?>? Lines, Guid? ReturnId)
{
    /// <summary>
    /// The message both doors publish once it passes <see cref="ReturnRequestRules"/>. Text is trimmed;
    /// a null line stays in place so the rules can name it by its index.
    /// </summary>
    public ReturnRequested ToMessage(Guid returnId, DateTimeOffset requestedAt) => new(
        returnId,
        OrderNumber?.Trim() ?? string.Empty,
        (Lines ?? []).Select(l => l is null ? null! : new ReturnLine(l.Sku?.Trim() ?? string.Empty, l.Quantity)).ToList(),
        Reason?.Trim() ?? string.Empty,
        requestedAt);
}

/// <summary>One line of a return request.</summary>
public sealed record ReturnLineRequest(string? Sku, int Quantity);
