namespace Returns.Refunds.Payments;

/// <summary>What the payment API answered: the value, or why it refused (a 4xx, in its own words).</summary>
public sealed record PaymentsReply<T>(T? Value, string? Refusal)
    where T : class
{
    public static PaymentsReply<T> Accepted(T value) => new(value, null);

    public static PaymentsReply<T> Refused(string reason) => new(null, reason);
}
