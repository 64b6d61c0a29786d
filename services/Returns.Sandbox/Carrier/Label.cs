using Returns.Sandbox.Orders;

namespace Returns.Sandbox.Carrier;

/// <summary>A return label in the carrier's ledger.</summary>
public sealed record Label(
    string LabelId,
    string TrackingNumber,
    string LabelUrl,
    DateTimeOffset CreatedAt,
    string Status,
    string OrderNumber,
    string CustomerName,
    Address From,
    int ItemCount,
    string IdempotencyKey,
    DateTimeOffset? VoidedAt)
{
    private const string TrackingAlphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>A fresh active label; <paramref name="baseUrl"/> is where this sandbox is reached.</summary>
    public static Label Issue(CreateLabelRequest request, string idempotencyKey, DateTimeOffset now, string baseUrl)
    {
        var labelId = $"LBL-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        var trackingNumber = "1Z" + new string(Random.Shared.GetItems(TrackingAlphabet.AsSpan(), 16));
        return new Label(
            labelId,
            trackingNumber,
            $"{baseUrl}/carrier/labels/{labelId}/pdf",
            now,
            LabelStatus.Active,
            request.OrderNumber!.Trim(),
            request.CustomerName!.Trim(),
            request.From!,
            request.ItemCount!.Value,
            idempotencyKey,
            VoidedAt: null);
    }
}
