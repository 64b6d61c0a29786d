using System.Collections.Concurrent;

namespace Returns.Sandbox.Ledgers;

/// <summary>A thread-safe in-memory ledger in which one idempotency key creates at most one entry.</summary>
public sealed class IdempotentLedger<T>(Func<T, string> idOf)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);

    // Lazy (ExecutionAndPublication) makes concurrent duplicates wait for the single creation
    // instead of each building an entry of their own; only the winning Lazy is ever evaluated.
    private readonly ConcurrentDictionary<string, Lazy<string>> _idsByKey = new(StringComparer.Ordinal);

    /// <summary>Creates the entry for a new key, or returns the one the key already created.</summary>
    public LedgerWrite<T> Create(string idempotencyKey, Func<T> create)
    {
        var mine = new Lazy<string>(() =>
        {
            var entry = create();
            var id = idOf(entry);
            _entries[id] = entry;
            return id;
        });
        var winner = _idsByKey.GetOrAdd(idempotencyKey, mine);
        return new LedgerWrite<T>(_entries[winner.Value], Created: ReferenceEquals(winner, mine));
    }

    public T? Find(string id) => _entries.GetValueOrDefault(id);

    /// <summary>Applies a change atomically (retrying on a concurrent change); null when the id is unknown.</summary>
    public T? Update(string id, Func<T, T> change)
    {
        while (_entries.TryGetValue(id, out var current))
        {
            var changed = change(current);
            if (ReferenceEquals(changed, current) || _entries.TryUpdate(id, changed, current))
            {
                return changed;
            }
        }
        return null;
    }

    /// <summary>A snapshot of every entry.</summary>
    public IReadOnlyCollection<T> All() => _entries.Values.ToArray();
}
