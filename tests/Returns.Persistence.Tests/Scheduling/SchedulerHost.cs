using MassTransit;
using MassTransit.Logging;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Hosting.Messaging;
using Returns.Persistence.Providers;
using Returns.Persistence.Scheduling;

namespace Returns.Persistence.Tests.Scheduling;

/// <summary>
/// One "process" with the durable scheduler: the test harness's in-memory bus, the real database,
/// the dispatcher polling every 20 ms on a manual clock. Several hosts may share one database.
/// </summary>
public sealed class SchedulerHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private SchedulerHost(ServiceProvider provider)
    {
        this.provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }
    public DeliveryLog Deliveries => provider.GetRequiredService<DeliveryLog>();

    public static async Task<SchedulerHost> Start(
        DatabaseOptions database,
        TimeProvider clock,
        Action<IBusRegistrationConfigurator>? configureBus = null,
        Action<SchedulerOptions>? configureScheduler = null)
    {
        var provider = new ServiceCollection()
            .AddSingleton(clock)
            .AddSingleton<DeliveryLog>()
            // The harness logs everything to the console; EF Core's SQL would drown the scheduler's own lines.
            .Configure<TextWriterLoggerOptions>(logging => logging.Disable("Microsoft.EntityFrameworkCore"))
            .AddDbContext<SchedulerDbContext>(options => options.UseReturnsDatabase(database))
            .AddMassTransitTestHarness(bus =>
            {
                bus.SetKebabCaseEndpointNameFormatter();
                bus.AddDurableScheduler<SchedulerDbContext>(configure: options =>
                {
                    options.PollIntervalMs = 20;
                    // Longer than any jump a spec makes, so history stays readable unless a spec shortens it.
                    options.DeliveredRetention = TimeSpan.FromDays(60);
                    configureScheduler?.Invoke(options);
                });
                bus.AddDurableSchedulerClient();
                bus.AddConsumer<ReminderConsumer>().Endpoint(endpoint => endpoint.Name = ReminderConsumer.Queue);
                configureBus?.Invoke(bus);
                bus.UsingInMemory((context, cfg) =>
                {
                    // The services' own receive pipeline: a short retry and the in-memory outbox.
                    cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [20, 50] });
                    cfg.ConfigureEndpoints(context);
                });
                bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(15), testInactivityTimeout: TimeSpan.FromMilliseconds(300));
            })
            .BuildServiceProvider(validateScopes: true);

        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().Database.EnsureCreatedAsync();
        }

        var host = new SchedulerHost(provider);
        await host.Harness.Start();
        return host;
    }

    public static Uri ReminderQueue => new($"queue:{ReminderConsumer.Queue}");

    /// <summary>Schedules through IMessageScheduler, as a service's code would.</summary>
    public async Task<ScheduledMessage<Reminder>> Schedule(Reminder reminder, DateTimeOffset due)
    {
        await using var scope = provider.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
        return await scheduler.ScheduleSend(ReminderQueue, due.UtcDateTime, reminder);
    }

    public async Task Cancel(Guid tokenId)
    {
        await using var scope = provider.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
        await scheduler.CancelScheduledSend(ReminderQueue, tokenId);
    }

    /// <summary>Sends a raw scheduler command to the scheduler's queue, as any MassTransit client would.</summary>
    public async Task SendToScheduler<T>(T command, Guid? messageId = null)
        where T : class
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(DurableScheduler.Address());
        await endpoint.Send(command, context => context.MessageId = messageId ?? context.MessageId);
    }

    public async Task<ScheduledMessageRow?> Row(Guid tokenId)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>()
            .ScheduledMessages.AsNoTracking().SingleOrDefaultAsync(m => m.TokenId == tokenId);
    }

    public async Task<List<ScheduledMessageRow>> Rows()
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().ScheduledMessages.AsNoTracking().ToListAsync();
    }

    /// <summary>Runs <paramref name="work"/> on a fresh DbContext inside a ReadCommitted transaction, saves and commits, as an inbox/outbox pass does.</summary>
    public async Task InTransaction(Func<SchedulerDbContext, Task> work)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        await using var transaction = await db.BeginReadCommittedAsync(CancellationToken.None);
        await work(db);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    public async Task Insert(ScheduledMessageRow message)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        db.ScheduledMessages.Add(message);
        await db.SaveChangesAsync();
    }

    /// <summary>Puts a cancelled row back to Pending, as if its cancel had come a moment too late.</summary>
    public async Task Revive(Guid tokenId)
    {
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().ScheduledMessages
            .Where(m => m.TokenId == tokenId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, ScheduledMessageStatus.Pending)
                .SetProperty(m => m.CompletedAt, (DateTime?)null)
                .SetProperty(m => m.Version, m => m.Version + 1));
    }

    /// <summary>One dispatcher pass run by the test itself, besides the background polls.</summary>
    public async Task<int> DispatchDue()
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledMessageDispatcher<SchedulerDbContext>>().DispatchDue(CancellationToken.None);
    }

    public async Task<int> PurgeCompleted()
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledMessageDispatcher<SchedulerDbContext>>().PurgeCompleted(CancellationToken.None);
    }

    public async Task WaitForRow(Guid tokenId, ScheduledMessageStatus status) =>
        await Eventually.True(async () => (await Row(tokenId))?.Status == status, $"scheduled message {tokenId} is {status}");

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await provider.DisposeAsync();
    }
}
