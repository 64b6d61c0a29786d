namespace Returns.Persistence.Tests.Outbox;

/// <summary>Command to the test consumer. FailAfterStaging throws once the row and the event are staged; FailDelivery makes the first delivery pass fail (MassTransit's MT-Fail-Delivery header); Copies is how many NoteRecorded it publishes.</summary>
public sealed record RecordNote(Guid NoteId, string Text, bool FailAfterStaging = false, bool FailDelivery = false, int Copies = 1);
