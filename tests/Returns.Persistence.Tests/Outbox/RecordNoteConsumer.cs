using MassTransit;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>Writes a note and publishes NoteRecorded, like a step service writes its state and answers.</summary>
public sealed class RecordNoteConsumer(NotesDbContext db) : IConsumer<RecordNote>
{
    public async Task Consume(ConsumeContext<RecordNote> context)
    {
        var command = context.Message;

        // Slow enough that two copies delivered at once really overlap.
        await Task.Delay(50, context.CancellationToken);

        db.Notes.Add(new Note { NoteId = command.NoteId, Text = command.Text });
        await db.SaveChangesAsync(context.CancellationToken);

        for (var copy = 0; copy < command.Copies; copy++)
        {
            await context.Publish(new NoteRecorded(command.NoteId, command.Text), publish =>
            {
                if (command.FailDelivery)
                {
                    publish.Headers.Set("MT-Fail-Delivery", true);
                }
            });
        }

        if (command.FailAfterStaging)
        {
            throw new InvalidOperationException($"Note {command.NoteId} failed after staging its changes.");
        }
    }
}
