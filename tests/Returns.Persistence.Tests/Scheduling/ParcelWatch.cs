using MassTransit;

namespace Returns.Persistence.Tests.Scheduling;

/// <summary>The saga instance; ArrivalTimeoutTokenId is the token of the timeout currently scheduled.</summary>
public sealed class ParcelWatch : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; } = string.Empty;
    public Guid? ArrivalTimeoutTokenId { get; set; }
}
