namespace Returns.EndToEnd.Tests.Durability;

/// <summary>
/// The sandbox orders the durability run returns, interleaved so every stretch of the run has each
/// kind in flight, and the state each kind must end in.
/// </summary>
public static class ReturnMix
{
    /// <summary>The order each kind is about, its share of every 20 returns, and where it ends.</summary>
    private static readonly (string Order, int Share, string Final)[] Kinds =
    [
        ("ORD-1001", 8, "Completed"),        // bought 10 days ago: every step succeeds
        ("ORD-1002", 4, "Completed"),        // the window's last day
        ("ORD-3001", 3, "Rejected"),         // a final-sale line
        ("ORD-2001", 2, "AwaitingApproval"), // out of window: waits for a manager
        ("ORD-1003", 3, "Cancelled"),        // the payment API refuses its refund (the run sets that fault): compensated
    ];

    /// <summary>The states a return stays in for good, or until a person acts.</summary>
    public static readonly IReadOnlyList<string> SettledStates = ["Completed", "Rejected", "Cancelled", "AwaitingApproval", "NeedsAttention"];

    /// <summary>The order whose refund the payment API refuses during the run.</summary>
    public const string RefusedRefundOrder = "ORD-1003";

    public static string FinalStateOf(string order) => Kinds.Single(k => k.Order == order).Final;

    /// <summary><paramref name="count"/> order numbers, the kinds taken in turn in their shares.</summary>
    public static List<string> Orders(int count)
    {
        var cycle = new List<string>();
        var left = Kinds.ToDictionary(k => k.Order, k => k.Share);
        while (left.Values.Any(n => n > 0))
        {
            foreach (var kind in Kinds.Where(k => left[k.Order] > 0))
            {
                cycle.Add(kind.Order);
                left[kind.Order]--;
            }
        }

        return Enumerable.Range(0, count).Select(i => cycle[i % cycle.Count]).ToList();
    }
}
