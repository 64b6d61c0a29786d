using Microsoft.Extensions.DependencyInjection;
using Returns.Hosting.Messaging;
using MassTransit;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Returns.Persistence.Providers;
using Returns.Persistence.Scheduling;

namespace Returns.Persistence.Outbox;

/// <summary>
/// Runs a received message through the inbox/outbox in passes, one ReadCommitted transaction each,
/// with the inbox row locked: consume (the consumer's changes, its captured messages and "consumed"
/// commit together), then deliver the captured messages in sequence order and remove them ("delivered"
/// and the removal commit together). A message whose inbox row says "consumed" is not consumed again:
/// only its unfinished passes run. MassTransit's pipe asks for a third, closing pass; once this delivery
/// committed the removal, that one runs without the database, and a consumer that sent nothing is done
/// in its first transaction.
/// </summary>
public sealed class DbContextOutboxContextFactory<TDbContext>(TDbContext db, IServiceProvider provider, TimeProvider time)
    : IOutboxContextFactory<TDbContext>
    where TDbContext : DbContext
{
    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.GetOriginalMessageId()
            ?? throw new BadMessageException("The inbox recognises messages by MessageId; this one has none (a message published by hand needs a messageId).");
        var delivery = DirectDeliveryConsumeContext<T>.Around(context);
        var scheduler = new PassScheduler(provider.GetService<LocalScheduler>(), provider.GetService<SchedulerWakeSignal>());
        var pass = new Pass<T>(db, provider, time, delivery, options, next, messageId, scheduler);

        var strategy = db.Database.CreateExecutionStrategy();
        while (await strategy.ExecuteAsync(pass.Run))
        {
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("outboxContextFactory").Add("provider", "entityFrameworkCore");

    /// <summary>One message's passes; remembers what earlier passes of this delivery already did.</summary>
    private sealed class Pass<T>(
        TDbContext db,
        IServiceProvider provider,
        TimeProvider time,
        ConsumeContext<T> context,
        OutboxConsumeOptions options,
        IPipe<OutboxConsumeContext<T>> next,
        Guid messageId,
        PassScheduler scheduler)
        where T : class
    {
        private readonly OutboxPassMemory memory = new();
        private InboxState? finished;
        private bool counted;
        private bool insertRetried;

        public async Task<bool> Run()
        {
            if (finished is not null)
            {
                return await Close(finished);
            }

            var cancellationToken = context.CancellationToken;
            await using var transaction = await db.BeginReadCommittedAsync(cancellationToken);
            try
            {
                var inbox = (await db.Set<InboxState>()
                    .FromSqlRaw(RowLockStatements.For(db).Inbox, messageId, options.ConsumerId)
                    .AsTracking()
                    .ToListAsync(cancellationToken)).SingleOrDefault();

                if (inbox is null)
                {
                    inbox = new InboxState { MessageId = messageId, ConsumerId = options.ConsumerId, Received = time.GetUtcNow(), ReceiveCount = 1 };
                    db.Add(inbox);
                    if (!await TryInsert(transaction))
                    {
                        return true;
                    }
                }
                else if (!counted)
                {
                    inbox.ReceiveCount++;
                    inbox.Version++;
                }

                counted = true;
                var outboxContext = new DbContextOutboxConsumeContext<TDbContext, T>(context, options, provider, db, inbox, time, memory, scheduler.Local);
                await next.Send(outboxContext);

                await LocalScheduleCapture.ApplyCancellations(db, memory, time.GetUtcNow().UtcDateTime, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                scheduler.WakeForDue(memory.Scheduled, time.GetUtcNow().UtcDateTime);
                memory.Scheduled.Clear();

                // The next pass reads the row afresh under its lock; a tracked copy would hide other writers' changes.
                db.Entry(inbox).State = EntityState.Detached;
                foreach (var message in memory.Captured)
                {
                    db.Entry(message).State = EntityState.Detached;
                }

                memory.CapturedCommitted = memory.Captured.Count > 0;
                if (inbox.Delivered is not null && memory.OutboxRemoved)
                {
                    finished = inbox;
                }

                return outboxContext.ContinueProcessing;
            }
            catch
            {
                await Abandon(transaction);
                throw;
            }
        }

        /// <summary>
        /// The closing pass once this delivery committed "delivered" and removed the rows: nothing is left in the
        /// database to do or to lock, so MassTransit's pipe only reports the message consumed.
        /// </summary>
        private async Task<bool> Close(InboxState inbox)
        {
            var closing = new DbContextOutboxConsumeContext<TDbContext, T>(context, options, provider, db, inbox, time, memory, scheduler.Local);
            await next.Send(closing);
            return closing.ContinueProcessing;
        }

        /// <summary>
        /// Two replicas that received the same message both insert its row: the unique index makes the
        /// second wait for the first's commit and then fail. That one starts the pass again and finds
        /// the row, consumed. Any other failure surfaces on the second try.
        /// </summary>
        private async Task<bool> TryInsert(IDbContextTransaction transaction)
        {
            try
            {
                await db.SaveChangesAsync(context.CancellationToken);
                return true;
            }
            catch (DbUpdateException) when (!insertRetried)
            {
                insertRetried = true;
                await Abandon(transaction);
                return false;
            }
        }

        /// <summary>Rolls back and forgets every change the pass made, so nothing half-done (a failed insert included) is saved by a later pass.</summary>
        private async Task Abandon(IDbContextTransaction transaction)
        {
            try
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            catch (Exception)
            {
                // The failure being handled is the one that matters; a transaction whose rollback fails
                // (its connection broke) is rolled back by the server when the connection closes.
            }

            db.ChangeTracker.Clear();
            memory.Forget();
        }
    }
}
