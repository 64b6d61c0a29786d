using MassTransit;

namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>The test saga's state: small, but with everything the repository relies on.</summary>
public class CounterState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; } = string.Empty;
    public int Version { get; set; }

    public string Name { get; set; } = string.Empty;
    public int Count { get; set; }

    /// <summary>How many CounterStarted messages this instance handled: a repeat must land here, not in a second row.</summary>
    public int Starts { get; set; }
}
