using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Hosting.Messaging;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>
/// One running service for a scenario: the MassTransit test harness (in-memory transport, the
/// project's receive pipeline with retry off, which includes the in-memory outbox) over a real
/// database with the inbox/outbox and its background services. Dispose it to "stop the process";
/// start another over the same database to "restart" it.
/// </summary>
public sealed class OutboxHarness : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ServiceProvider provider;
    private readonly HandledDeliveries handled = new();

    private OutboxHarness(ServiceProvider provider)
    {
        this.provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public IServiceProvider Services => provider;

    public NoteRecordedProbe.Deliveries Deliveries => provider.GetRequiredService<NoteRecordedProbe.Deliveries>();

    /// <summary>
    /// RecordNote's definition puts its endpoint behind the outbox; <paramref name="wholeService"/> also
    /// applies it to every endpoint and adds the bus outbox, as a service's Program.cs would;
    /// <paramref name="withSaga"/> adds a saga that also subscribes to NoteRecorded; <paramref name="deliveryLimit"/>
    /// is how many captured messages one delivery pass sends (InboxOutboxOptions.MessageDeliveryLimit).
    /// </summary>
    public static async Task<OutboxHarness> StartAsync(TestDatabase database, TimeProvider clock, bool wholeService = false, bool withSaga = false, int? deliveryLimit = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSingleton<NoteRecordedProbe.Deliveries>();
        services.AddDbContext<NotesDbContext>(options => options.UseReturnsDatabase(database.Options));
        services.Configure<InboxOutboxOptions>(options =>
        {
            options.QueryDelay = TimeSpan.FromMilliseconds(50);
            options.CleanupInterval = TimeSpan.FromMilliseconds(50);
            options.MessageDeliveryLimit = deliveryLimit ?? options.MessageDeliveryLimit;
        });
        services.AddMassTransitTestHarness(bus =>
        {
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(20), testInactivityTimeout: TimeSpan.FromSeconds(10));
            bus.AddEntityFrameworkOutbox<NotesDbContext>(everyEndpoint: wholeService);
            if (wholeService)
            {
                bus.AddEntityFrameworkBusOutbox<NotesDbContext>();
            }

            bus.AddConsumer<RecordNoteConsumer, RecordNoteConsumerDefinition>();
            bus.AddConsumer<NoteRecordedProbe>();
            if (withSaga)
            {
                bus.AddSagaStateMachine<NoteTallyStateMachine, NoteTally, NoteTallyDefinition>().InMemoryRepository();
            }
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [] });
                cfg.ConfigureEndpoints(context);
            });
        });

        var provider = services.BuildServiceProvider(validateScopes: true);
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreatedAsync();
        }

        var harness = new OutboxHarness(provider);
        provider.GetRequiredService<IBus>().ConnectConsumeObserver(harness.handled);
        await harness.Harness.Start();
        return harness;
    }

    /// <summary>Sends the command to the consumer's queue with the given MessageId (the same id twice is a redelivery).</summary>
    public async Task Send(RecordNote command, Guid messageId)
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri("queue:record-note"));
        await endpoint.Send(command, context => context.MessageId = messageId);
    }

    /// <summary>How often the consume pipe finished with this message (consumed, recognised as a duplicate, or faulted).</summary>
    public int TimesHandled(Guid messageId) => handled.Of(messageId);

    /// <summary>How many of those deliveries faulted.</summary>
    public int TimesFaulted(Guid messageId) => handled.FaultsOf(messageId);

    public Task<bool> Faulted(Guid noteId) => Harness.Published.Any<Fault<RecordNote>>(x => x.Context.Message.Message.NoteId == noteId);

    /// <summary>Runs a query in a scope of its own, as another request would.</summary>
    public async Task<T> Query<T>(Func<NotesDbContext, Task<T>> query)
    {
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotesDbContext>());
    }

    /// <summary>Waits until the condition holds, failing the test after a generous deadline.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting for: {what}");
            }

            await Task.Delay(20);
        }
    }

    public static Task Eventually(Func<bool> condition, string what) => Eventually(() => Task.FromResult(condition()), what);

    public async ValueTask DisposeAsync() => await provider.DisposeAsync();
}
