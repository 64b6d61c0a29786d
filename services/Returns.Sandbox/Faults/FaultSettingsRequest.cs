namespace Returns.Sandbox.Faults;

/// <summary>The body of <c>PUT /faults/{api}</c>; every field is optional and an absent one means "normal".</summary>
public sealed record FaultSettingsRequest(
    double? ErrorRate,
    int? LatencyMs,
    int? StatusCode,
    IReadOnlyList<string>? FailOrders,
    int? FailStatusCode)
{
    public const int MaxLatencyMs = 60_000;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        // Written as "is not in range" so NaN is refused too.
        if (ErrorRate is { } rate && rate is not (>= 0 and <= 1))
        {
            errors["errorRate"] = ["errorRate must be between 0 and 1."];
        }
        if (LatencyMs is < 0 or > MaxLatencyMs)
        {
            errors["latencyMs"] = [$"latencyMs must be between 0 and {MaxLatencyMs}."];
        }
        if (StatusCode is < 400 or > 599)
        {
            errors["statusCode"] = ["statusCode must be between 400 and 599."];
        }
        if (FailStatusCode is < 400 or > 599)
        {
            errors["failStatusCode"] = ["failStatusCode must be between 400 and 599."];
        }
        if (FailOrders?.Any(string.IsNullOrWhiteSpace) == true)
        {
            errors["failOrders"] = ["failOrders must not contain blank entries."];
        }
        return errors;
    }

    public FaultSettings ToSettings(string api)
    {
        var normal = FaultSettings.NormalFor(api);
        return new FaultSettings(
            ErrorRate ?? normal.ErrorRate,
            LatencyMs ?? normal.LatencyMs,
            StatusCode ?? normal.StatusCode,
            FailOrders?.Select(entry => entry.Trim()).ToArray() ?? normal.FailOrders,
            FailStatusCode ?? normal.FailStatusCode);
    }
}
