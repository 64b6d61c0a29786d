using MassTransit;
using Returns.Orchestrator.StateMachines;

namespace Returns.Benchmarks.Hosting;

/// <summary>Reads a round's returns back from the repository under test, after the clock has stopped.</summary>
public sealed class SagaStates(ILoadSagaRepository<ReturnState> repository)
{
    // Past the join: SchedulingRefund today, RefundPending once the saga holds the refund, Completed after it.
    private static readonly HashSet<string> PastTheJoin =
        [nameof(ReturnStateMachine.SchedulingRefund), "RefundPending", nameof(ReturnStateMachine.Completed)];

    /// <summary>
    /// The transitions stored on the returns' timelines (entries that change state), once every return is
    /// past the join; the last commit may trail the state change that ended the round by a moment.
    /// </summary>
    public async Task<int> CommittedTransitions(IReadOnlyCollection<Guid> returnIds, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var sagas = await Load(returnIds);
            if (sagas.All(saga => saga is not null && PastTheJoin.Contains(saga.CurrentState)))
            {
                return sagas.Sum(saga => saga!.Timeline.Count(entry => entry.From != entry.To));
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Not every return got past the join: {Describe(sagas)}.");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>How many returns are in which state, e.g. "480 SchedulingRefund, 20 NeedsAttention".</summary>
    public async Task<string> Describe(IReadOnlyCollection<Guid> returnIds) => Describe(await Load(returnIds));

    private async Task<List<ReturnState?>> Load(IEnumerable<Guid> returnIds)
    {
        var sagas = new List<ReturnState?>();
        foreach (var id in returnIds)
        {
            sagas.Add(await repository.Load(id));
        }

        return sagas;
    }

    private static string Describe(IEnumerable<ReturnState?> sagas) => string.Join(", ", sagas
        .GroupBy(saga => saga?.CurrentState ?? "missing")
        .OrderByDescending(group => group.Count())
        .Select(group => $"{group.Count()} {group.Key}"));
}
