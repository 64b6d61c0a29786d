using System.Diagnostics.CodeAnalysis;

namespace Returns.Labels.Carrier;

/// <summary>Either what the carrier gave back, or the reason it refused.</summary>
public sealed record CarrierResult<T>(T? Value, string? Refusal)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Refusal))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool IsRefused => Refusal is not null;

    public static CarrierResult<T> Accepted(T value) => new(value, null);

    public static CarrierResult<T> Refused(string reason) => new(null, reason);
}
