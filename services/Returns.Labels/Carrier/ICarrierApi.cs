namespace Returns.Labels.Carrier;

/// <summary>The carrier's label API. A refusal (4xx) comes back as a result; transient failures throw.</summary>
public interface ICarrierApi
{
    /// <summary>Issues a label, or returns the one already issued under the same idempotency key.</summary>
    Task<CarrierResult<CarrierLabel>> CreateLabelAsync(Guid idempotencyKey, LabelRequest request, CancellationToken cancellationToken);

    Task<CarrierResult<VoidedLabel>> VoidLabelAsync(string labelId, CancellationToken cancellationToken);
}
