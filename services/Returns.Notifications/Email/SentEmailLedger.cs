using System.Collections.Concurrent;
using Returns.Contracts.Model;

namespace Returns.Notifications.Email;

/// <summary>
/// Remembers which (return, kind, occasion) emails this process sent — the occasion tells apart the
/// several escalation notices of one return; customer emails have none — and lets one delivery at a time work on
/// the same email so twins cannot both send. Redeliveries of the same message (same MessageId) are
/// already stopped by the inbox in the Notifications database, across restarts and replicas; this
/// ledger still catches a second command for an email already sent (a new MessageId, e.g. the saga
/// asking again) within this process. Memory only: a restart forgets those.
/// </summary>
public sealed class SentEmailLedger
{
    private readonly ConcurrentDictionary<(Guid ReturnId, ReturnEmailKind Kind, string Occasion), byte> sent = new();

    // Striped locks: bounded memory, and unrelated emails rarely share a stripe.
    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits until no other delivery works on this email; dispose the result to let the next one in.</summary>
    public async Task<IDisposable> HoldAsync(Guid returnId, ReturnEmailKind kind, CancellationToken cancellationToken, string occasion = "")
    {
        var stripe = stripes[(uint)HashCode.Combine(returnId, kind, occasion) % (uint)stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    public bool WasSent(Guid returnId, ReturnEmailKind kind, string occasion = "") => sent.ContainsKey((returnId, kind, occasion));

    public void RecordSent(Guid returnId, ReturnEmailKind kind, string occasion = "") => sent.TryAdd((returnId, kind, occasion), 0);

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
