using MassTransit.Testing;

namespace Returns.Tests.Support;

/// <summary>
/// Asking the harness that something was NOT published. MassTransit's harness stops waiting for good
/// the first time its bus has been idle for TestInactivityTimeout (the signal is one-shot), which
/// would let a later positive wait give up early; <see cref="StepHarness"/> therefore sets that
/// timeout long, and a negative question gets its own short window instead.
/// </summary>
public static class HarnessQuiet
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Reads a harness list as it is now. MassTransit's synchronous Select waits for more messages and,
    /// when it stops waiting, disposes its cancellation registrations while holding the list's lock; if
    /// the inactivity signal fires at that moment its callback waits for the lock and the Select for the
    /// callback, for ever (a hung test run). With a token already cancelled it returns what is there and
    /// registers nothing.
    /// </summary>
    public static readonly CancellationToken Snapshot = new(canceled: true);

    public static async Task<bool> NothingPublished<T>(this ITestHarness harness)
        where T : class
    {
        using var window = new CancellationTokenSource(Window);
        return !await harness.Published.Any<T>(window.Token);
    }

    /// <summary>True when no message of this type matching <paramref name="match"/> is published within the window.</summary>
    public static async Task<bool> NothingPublished<T>(this ITestHarness harness, Func<T, bool> match)
        where T : class
    {
        using var window = new CancellationTokenSource(Window);
        return !await harness.Published.Any<T>(p => match(p.Context.Message), window.Token);
    }
}
