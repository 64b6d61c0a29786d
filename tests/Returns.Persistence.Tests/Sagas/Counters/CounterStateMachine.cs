using MassTransit;

namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>
/// A small state machine that walks every path of the repository: insert on initial, add and save,
/// load and update, finalize and delete, a missing instance, and correlation by query.
/// </summary>
public sealed class CounterStateMachine : MassTransitStateMachine<CounterState>
{
    public CounterStateMachine()
    {
        InstanceState(counter => counter.CurrentState);

        Event(() => Started, e =>
        {
            e.CorrelateById(c => c.Message.CounterId);
            e.InsertOnInitial = true;
            e.SetSagaFactory(c => new CounterState { CorrelationId = c.Message.CounterId });
        });
        Event(() => Opened, e => e.CorrelateById(c => c.Message.CounterId));
        Event(() => Incremented, e => e.CorrelateById(c => c.Message.CounterId));
        Event(() => IncrementedSlowly, e => e.CorrelateById(c => c.Message.CounterId));
        Event(() => IncrementedAgainstRival, e => e.CorrelateById(c => c.Message.CounterId));
        Event(() => Closed, e => e.CorrelateById(c => c.Message.CounterId));
        Event(() => Poked, e =>
        {
            e.CorrelateById(c => c.Message.CounterId);
            e.ReadOnly = true;
            e.OnMissingInstance(m => m.ExecuteAsync(c => c.Publish(new CounterNotFound(c.Message.CounterId))));
        });
        Event(() => Renamed, e =>
        {
            e.CorrelateBy((counter, c) => counter.Name == c.Message.Name);
            e.OnMissingInstance(m => m.Discard());
        });

        Initially(
            When(Started)
                .Then(c =>
                {
                    c.Saga.Name = c.Message.Name;
                    c.Saga.Starts++;
                })
                .TransitionTo(Active),
            When(Opened)
                .Then(c => c.Saga.Name = c.Message.Name)
                .TransitionTo(Active));

        During(Active,
            When(Started).Then(c => c.Saga.Starts++),
            When(Incremented).ThenAsync(Increment),
            When(IncrementedSlowly)
                .ThenAsync(async c =>
                {
                    await c.GetServiceOrCreateInstance<Gate>().Pass();
                    await Increment(c);
                }),
            When(IncrementedAgainstRival)
                .ThenAsync(async c =>
                {
                    await c.GetServiceOrCreateInstance<Rival>().WriteFirst(c.GetServiceOrCreateInstance<CounterDbContext>(), c.Saga.CorrelationId);
                    await Increment(c);
                }),
            // Read-only: the repository must drop this change rather than write it.
            When(Poked).Then(c => c.Saga.Count = 999),
            When(Renamed).Then(c => c.Saga.Name = c.Message.NewName),
            When(Closed).Finalize());

        SetCompletedWhenFinalized();
    }

    public State Active { get; private set; } = null!;

    public Event<CounterStarted> Started { get; private set; } = null!;
    public Event<CounterOpened> Opened { get; private set; } = null!;
    public Event<CounterIncremented> Incremented { get; private set; } = null!;
    public Event<CounterIncrementedSlowly> IncrementedSlowly { get; private set; } = null!;
    public Event<CounterIncrementedAgainstRival> IncrementedAgainstRival { get; private set; } = null!;
    public Event<CounterRenamed> Renamed { get; private set; } = null!;
    public Event<CounterClosed> Closed { get; private set; } = null!;
    public Event<CounterPoked> Poked { get; private set; } = null!;

    private static Task Increment<T>(BehaviorContext<CounterState, T> context)
        where T : class
    {
        context.Saga.Count++;
        return context.Publish(new CounterChanged(context.Saga.CorrelationId, context.Saga.Count));
    }
}
