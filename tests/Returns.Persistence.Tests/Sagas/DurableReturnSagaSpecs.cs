using MassTransit;
using MassTransit.Serialization;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts;
using Returns.Contracts.Model;
using Returns.Hosting.Messaging;
using Returns.Orchestrator;
using Returns.Orchestrator.Persistence;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;
using Returns.Persistence.Tests.Scheduling;
using Returns.Persistence.Tests.Outbox;

namespace Returns.Persistence.Tests.Sagas;

/// <summary>
/// The real return saga wired as the orchestrator's Program.cs wires it (EF repository, EF inbox/outbox
/// and durable scheduler on OrchestratorDbContext) over a migrated database, on the MassTransit harness.
/// </summary>
public sealed class DurableReturnSagaSpecs
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_requested_return_is_stored_and_sends_ValidateOrder_once_even_when_the_request_is_redelivered(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var services = BuildOrchestrator(database);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Database.MigrateAsync();
        }

        var harness = services.GetRequiredService<ITestHarness>();
        await harness.Start();
        var returnId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var request = new ReturnRequested(returnId, "ORD-1001", [new ReturnLine("SKU-MUG", 2)], "Too small", DateTimeOffset.UtcNow);

        await harness.Bus.Publish(request, x => x.MessageId = messageId);

        await OutboxHarness.Eventually(
            async () => await Query(services, db => db.ReturnStates.AnyAsync(s => s.CorrelationId == returnId && s.CurrentState == "Validating")),
            "the saga row in Validating");
        await Eventually.True(() => harness.Sent.Any<SerializedMessageBody>(IsValidateOrder), "ValidateOrder left through the outbox");
        ValidateOrdersSent(harness).ShouldBe(1);

        await harness.Bus.Publish(request, x => x.MessageId = messageId);

        await OutboxHarness.Eventually(
            async () => await Query(services, db => db.Set<InboxState>().AnyAsync(x => x.MessageId == messageId && x.ReceiveCount == 2 && x.Delivered != null)),
            "the saga's inbox row saw both copies");
        await OutboxHarness.Eventually(async () => await Query(services, db => db.Set<OutboxMessage>().CountAsync()) == 0, "the outbox drained");
        ValidateOrdersSent(harness).ShouldBe(1);
        (await Query(services, db => db.ReturnStates.CountAsync())).ShouldBe(1);
        (await Query(services, db => db.ReturnStates.SingleAsync(s => s.CorrelationId == returnId))).CurrentState.ShouldBe("Validating");
    }

    private static ServiceProvider BuildOrchestrator(TestDatabase database) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(TimeProvider.System)
        .Configure<OrchestratorOptions>(_ => { })
        .Configure<InboxOutboxOptions>(options => options.QueryDelay = TimeSpan.FromMilliseconds(50))
        .AddOrchestratorDbContext(database.Options)
        .AddMassTransitTestHarness(bus =>
        {
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(20), testInactivityTimeout: TimeSpan.FromSeconds(1));
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddReturnSaga().AddReturnSagaDurability();
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [] });
                cfg.ConfigureEndpoints(context);
            });
        })
        .BuildServiceProvider(validateScopes: true);

    // What the outbox delivers the harness records as a serialized body sent to the queue.
    private static bool IsValidateOrder(ISentMessage<SerializedMessageBody> sent) =>
        sent.Context.DestinationAddress!.AbsolutePath.EndsWith(ReturnQueues.ValidateOrder);

    // Waits for the harness to go quiet (its inactivity timeout), so a late second send would be counted.
    // Read as it is now (a token already cancelled): MassTransit's synchronous Select would wait for more
    // and can deadlock with the harness's inactivity signal as it stops.
    private static int ValidateOrdersSent(ITestHarness harness) =>
        harness.Sent.Select<SerializedMessageBody>(IsValidateOrder, new CancellationToken(canceled: true)).Count();

    private static async Task<T> Query<T>(IServiceProvider services, Func<OrchestratorDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
    }
}

