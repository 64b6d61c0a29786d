using MassTransit;
using MassTransit.Events;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts;
using Returns.Contracts.Model;
using Returns.Hosting.Messaging;
using Returns.Orchestrator;
using Returns.Orchestrator.Deadlines;
using Returns.Orchestrator.StateMachines;
using Returns.Tests.Support;

namespace Returns.Tests.Orchestrator;

/// <summary>
/// The return saga on the MassTransit test harness, with the production receive pipeline (retry
/// off, in-memory outbox on) and helpers that read like the steps of a return.
/// </summary>
public sealed class SagaSpecHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private SagaSpecHarness(ServiceProvider provider)
    {
        this.provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
        Saga = Harness.GetSagaStateMachineHarness<ReturnStateMachine, ReturnState>();
    }

    public ITestHarness Harness { get; }
    public ISagaStateMachineTestHarness<ReturnStateMachine, ReturnState> Saga { get; }
    public ReturnStateMachine Machine => Saga.StateMachine;

    /// <summary>
    /// Starts the saga with the refund due as soon as email and inventory are done (specs about the
    /// refund's own wait say otherwise through <paramref name="configure"/>), on the in-memory
    /// transport's delayed scheduler (the durable one has its specs in Returns.Persistence.Tests).
    /// </summary>
    public static async Task<SagaSpecHarness> Start(Action<OrchestratorOptions>? configure = null)
    {
        var provider = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .Configure<OrchestratorOptions>(options =>
            {
                options.RefundDelay = TimeSpan.Zero;
                configure?.Invoke(options);
            })
            .AddMassTransitTestHarness(bus =>
            {
                bus.SetKebabCaseEndpointNameFormatter();
                // These specs are about behaviour; the EF Core store has its own in Returns.Persistence.Tests.
                bus.AddReturnSaga(saga => saga.InMemoryRepository());
                bus.AddDelayedMessageScheduler();
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseDelayedMessageScheduler();
                    cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [] });
                    cfg.ConfigureEndpoints(context);
                });
                bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(10), testInactivityTimeout: TimeSpan.FromMilliseconds(400));
            })
            .BuildServiceProvider(validateScopes: true);

        var spec = new SagaSpecHarness(provider);
        await spec.Harness.Start();
        return spec;
    }

    public Task Publish<T>(T message) where T : class => Harness.Bus.Publish(message);

    /// <summary>Publishes the Fault&lt;T&gt; MassTransit would publish when a step's consumer gives up on <paramref name="command"/>.</summary>
    public Task PublishFault<T>(T command, string reason) where T : class =>
        Harness.Bus.Publish<Fault<T>>(new
        {
            FaultId = NewId.NextGuid(),
            Message = command,
            Timestamp = DateTime.UtcNow,
            FaultMessageTypes = new[] { MessageUrn.ForTypeString<T>() },
            Exceptions = new ExceptionInfo[] { new FaultExceptionInfo(new InvalidOperationException(reason)) },
        });

    /// <summary>
    /// Delivers the return's pending step deadline the way the scheduler would (with its token), so a
    /// spec need not wait minutes; <paramref name="token"/> overrides it to play a stale reminder.
    /// </summary>
    public async Task PassStepDeadline(Guid returnId, Guid? token = null)
    {
        var saga = await InstanceWhen(returnId, s => token is not null || s.StepDeadlineTokenId is not null);
        await Deliver(new StepDeadlinePassed(returnId, saga.CurrentState, saga.StepDeadlineAt ?? DateTimeOffset.UtcNow), token ?? saga.StepDeadlineTokenId, "step deadline");
    }

    /// <summary>Lets the awaited step miss its deadline twice: the saga sends it again after the first, asks a person after the second.</summary>
    public async Task PassStepDeadlineTwice(Guid returnId)
    {
        await PassStepDeadline(returnId);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Instance(returnId).StepResends == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        await PassStepDeadline(returnId);
    }

    /// <summary>Delivers the open escalation's reminder the way the scheduler would, with its token.</summary>
    public async Task PassEscalationReminder(Guid returnId)
    {
        var saga = await InstanceWhen(returnId, s => s.EscalationId is not null && s.EscalationReminderTokenId is not null);
        await Deliver(new EscalationReminderDue(returnId, saga.EscalationId!.Value), saga.EscalationReminderTokenId, "escalation reminder");
    }

    /// <summary>Delivers the open escalation's expiry the way the scheduler would, with its token.</summary>
    public async Task PassEscalationExpiry(Guid returnId)
    {
        // The state is entered before its enter activities open the ticket: wait for the ticket, not the state.
        var saga = await InstanceWhen(returnId, s => s.EscalationId is not null && s.EscalationExpiryTokenId is not null);
        await Deliver(new EscalationExpired(returnId, saga.EscalationId!.Value), saga.EscalationExpiryTokenId, "escalation expiry");
    }

    /// <summary>Delivers the pending retry of the confirmation email the way the scheduler would, with its token.</summary>
    public async Task PassConfirmationResend(Guid returnId)
    {
        var saga = await InstanceWhen(returnId, s => s.EmailResendTokenId is not null);
        await Deliver(new ConfirmationResendDue(returnId, saga.EmailResends + 1), saga.EmailResendTokenId, "email retry");
    }

    /// <summary>Delivers the return's RefundFallsDue the way the scheduler would, with its token (or <paramref name="token"/>).</summary>
    public async Task PassRefundDueDate(Guid returnId, Guid? token = null)
    {
        var saga = await InstanceWhen(returnId, s => s.RefundDueAt is not null && (token is not null || s.RefundDueTokenId is not null));
        await Deliver(new RefundFallsDue(returnId, saga.RefundDueAt!.Value), token ?? saga.RefundDueTokenId, "refund date");
    }

    /// <summary>Publishes a reminder the saga scheduled for itself as the scheduler delivers it: carrying its token.</summary>
    private Task Deliver<T>(T reminder, Guid? token, string what) where T : class, IReturnReminder =>
        Harness.Bus.Publish(reminder, context => context.Headers.Set(MessageHeaders.SchedulingTokenId,
            token ?? throw new InvalidOperationException($"Return {reminder.ReturnId} has no {what} pending.")));

    /// <summary>True once the return is in the state; waits up to the harness timeout.</summary>
    public async Task<bool> IsIn(Guid returnId, Func<ReturnStateMachine, State> state) =>
        await Saga.Exists(returnId, state, TimeSpan.FromSeconds(5)) is not null;

    /// <summary>The return once it matches <paramref name="condition"/>; waits up to 5 s, then returns it as it is.</summary>
    public async Task<ReturnState> InstanceWhen(Guid returnId, Func<ReturnState, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition(Instance(returnId)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        return Instance(returnId);
    }

    public ReturnState Instance(Guid returnId) =>
        Saga.Sagas.Contains(returnId) ?? throw new InvalidOperationException($"No saga instance {returnId}.");

    /// <summary>Commands of type T the saga sent for this return, waiting briefly for them to appear.</summary>
    public async Task<List<T>> SentFor<T>(Guid returnId, int atLeast = 1) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var found = Harness.Sent.Select<T>(HarnessQuiet.Snapshot).Select(m => m.Context.Message).Where(m => ReturnIdOf(m) == returnId).ToList();
            if (found.Count >= atLeast || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Commands of type T sent for this return once the harness is quiet: for asserting what was not sent.</summary>
    public async Task<List<T>> SentSoFar<T>(Guid returnId) where T : class
    {
        await Harness.InactivityTask;
        return Harness.Sent.Select<T>(HarnessQuiet.Snapshot).Select(m => m.Context.Message).Where(m => ReturnIdOf(m) == returnId).ToList();
    }

    /// <summary>Messages of type T published (responses without a requester are published) for this return.</summary>
    public async Task<List<T>> PublishedFor<T>(Guid returnId) where T : class
    {
        await Harness.InactivityTask;
        return Harness.Published.Select<T>(HarnessQuiet.Snapshot).Select(m => m.Context.Message).Where(m => ReturnIdOf(m) == returnId).ToList();
    }

    /// <summary>Waits until the harness is quiet, so "was not sent" means it.</summary>
    public Task Settled() => Harness.InactivityTask;

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await provider.DisposeAsync();
    }

    private static Guid ReturnIdOf(object message) =>
        (Guid)(message.GetType().GetProperty("ReturnId")?.GetValue(message)
            ?? throw new InvalidOperationException($"{message.GetType().Name} has no ReturnId."));
}
