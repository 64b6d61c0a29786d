using System.Collections.Concurrent;
using Returns.Sandbox.Ledgers;

namespace Returns.Tests.Sandbox;

public sealed class IdempotentLedgerSpecs
{
    [Fact]
    public void Concurrent_creates_with_one_key_build_a_single_entry()
    {
        var ledger = new IdempotentLedger<string>(entry => entry);
        var builds = 0;
        string Build()
        {
            Interlocked.Increment(ref builds);
            // Hold the creation open so every other caller arrives while it is under way.
            Thread.Sleep(50);
            return Guid.NewGuid().ToString();
        }
        const int callers = 6;
        using var start = new Barrier(callers);
        var writes = new ConcurrentBag<LedgerWrite<string>>();

        var threads = Enumerable.Range(0, callers).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            writes.Add(ledger.Create("return-42", Build));
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }
        foreach (var thread in threads)
        {
            thread.Join();
        }

        builds.ShouldBe(1);
        writes.Count(write => write.Created).ShouldBe(1);
        writes.Select(write => write.Entry).Distinct().ShouldHaveSingleItem();
        ledger.All().ShouldHaveSingleItem();
    }

    [Fact]
    public void Update_of_an_unknown_id_changes_nothing_and_answers_null()
    {
        var ledger = new IdempotentLedger<string>(entry => entry);
        ledger.Create("key", () => "entry-1");

        ledger.Update("entry-2", current => current + "!").ShouldBeNull();
        ledger.All().ShouldBe(["entry-1"]);
    }
}
