using MassTransit;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>Saga state counting the NoteRecorded events it took in for one note.</summary>
public sealed class NoteTally : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; } = string.Empty;
    public int Count { get; set; }
}
