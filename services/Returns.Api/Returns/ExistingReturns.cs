using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Status;

namespace Returns.Api.Returns;

/// <summary>
/// Asks the saga whether a client-chosen ReturnId is taken before a request under it is published. The
/// saga ignores a second ReturnRequested for a known id (it only notes it on the timeline), so a request
/// reusing an id with other content would otherwise vanish without anyone being told.
/// </summary>
public static class ExistingReturns
{
    /// <exception cref="RequestTimeoutException">The saga did not answer; nothing can be said about the id.</exception>
    public static async Task<ReturnIdUse> Check(IRequestClient<GetReturnStatus> client, ReturnRequested request, CancellationToken ct)
    {
        var response = await client.GetResponse<ReturnStatus, ReturnNotFound>(new GetReturnStatus(request.ReturnId), ct);
        if (!response.Is(out Response<ReturnStatus>? found))
        {
            return new ReturnIdUse(null, null);
        }

        // The status carries the order number and the reason, not the requested lines, so a retry that
        // changes only the lines passes as the same request (and the saga ignores it).
        var existing = found!.Message;
        var differs = new List<string>();
        if (!string.Equals(existing.OrderNumber, request.OrderNumber, StringComparison.OrdinalIgnoreCase))
        {
            differs.Add($"orderNumber (the return is for {existing.OrderNumber})");
        }

        if (!string.Equals(existing.Reason.Trim(), request.Reason, StringComparison.Ordinal))
        {
            differs.Add("reason");
        }

        return differs.Count == 0
            ? new ReturnIdUse(existing, null)
            : new ReturnIdUse(existing,
                $"Return {request.ReturnId} already exists ({existing.State}) with other content: the {string.Join(" and ", differs)} {(differs.Count == 1 ? "differs" : "differ")}. Use a new returnId for a new return.");
    }
}
