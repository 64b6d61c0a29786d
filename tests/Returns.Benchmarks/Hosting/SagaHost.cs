using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Returns.Benchmarks.Database;
using Returns.Benchmarks.Driving;
using Returns.Benchmarks.Reporting;
using Returns.Orchestrator.StateMachines;

namespace Returns.Benchmarks.Hosting;

/// <summary>One running bus with the return saga on one repository; drives rounds of returns through it.</summary>
public sealed class SagaHost(string repository, ServiceProvider services, BusHandle bus, JoinObserver joins, ReplyCounter replies, SqlTally? sql)
    : IAsyncDisposable
{
    private readonly IBus publisher = services.GetRequiredService<IBus>();
    private readonly SagaStates states = new(services.GetRequiredService<ILoadSagaRepository<ReturnState>>());

    public string Repository { get; } = repository;

    /// <summary>
    /// Publishes <paramref name="returns"/> requests at once and times them until every one is past the
    /// join (the stub steps answer each command as it comes); then reads the stored transitions back.
    /// </summary>
    public async Task<RoundResult> RunRound(int returns, CancellationToken cancellationToken)
    {
        var returnIds = Enumerable.Range(0, returns).Select(_ => NewId.NextGuid()).ToList();
        var waiter = joins.Expect(returnIds);
        var repliesBefore = replies.Count;
        var sqlBefore = sql?.Read();

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(returnIds.Select(id => publisher.Publish(SampleReturn.Requested(id), cancellationToken)));
        var timeout = TimeSpan.FromSeconds(30) + TimeSpan.FromMilliseconds(100) * returns;
        try
        {
            await waiter.Completion.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"{Repository}: {waiter.Remaining} of {returns} returns were not past the join after {timeout.TotalSeconds:0} s ({await states.Describe(returnIds)}).");
        }

        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var sqlDuring = sql is null ? null : sql.Read() - sqlBefore!;

        var transitions = await states.CommittedTransitions(returnIds, cancellationToken);
        var messages = returns + (replies.Count - repliesBefore);
        return new RoundResult(returns, transitions, messages, clock.Elapsed, cpu, sqlDuring);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await bus.StopAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            await services.DisposeAsync();
        }
    }
}
