namespace Returns.Sandbox.Faults;

/// <summary>The names of the fake systems whose behaviour can be bent.</summary>
public static class FaultApis
{
    public const string Orders = "orders";
    public const string Carrier = "carrier";
    public const string Payments = "payments";
    public const string Smtp = "smtp";

    public static IReadOnlyList<string> All { get; } = [Orders, Carrier, Payments, Smtp];

    public static bool IsKnown(string api) => All.Contains(api);
}
