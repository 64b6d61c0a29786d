namespace Returns.Tests.Support;

/// <summary>
/// Counting harness lists without Take/Count, whose names clash between MassTransit.Testing and
/// .NET 10's System.Linq.AsyncEnumerable.
/// </summary>
public static class AsyncListExtensions
{
    /// <summary>Counts elements until <paramref name="expected"/> are seen or the harness list ends (inactivity).</summary>
    public static async Task<int> CountUpTo<T>(this IAsyncEnumerable<T> source, int expected)
    {
        var count = 0;
        await foreach (var _ in source)
        {
            if (++count == expected)
            {
                break;
            }
        }

        return count;
    }
}
