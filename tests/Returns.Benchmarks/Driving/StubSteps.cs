using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;
using Returns.Contracts.Validation;

namespace Returns.Benchmarks.Driving;

/// <summary>
/// Stands in for the six step services: each command the saga sends is answered at once with the
/// success reply, on the queue the real service listens on, so the saga does all the work measured.
/// </summary>
public static class StubSteps
{
    public static void ConfigureStubSteps(this IInMemoryBusFactoryConfigurator cfg, ReplyCounter replies)
    {
        Answer<ValidateOrder, OrderValidated>(cfg, ReturnQueues.ValidateOrder, replies, SampleReturn.Validated);
        Answer<CheckEligibility, ReturnEligible>(cfg, ReturnQueues.CheckEligibility, replies, SampleReturn.Eligible);
        Answer<CreateReturnLabel, ReturnLabelCreated>(cfg, ReturnQueues.CreateReturnLabel, replies, SampleReturn.LabelCreated);
        // Email and inventory answer side by side, as the real services do: the saga joins them.
        Answer<SendReturnConfirmation, ReturnEmailSent>(cfg, ReturnQueues.SendReturnConfirmation, replies, SampleReturn.EmailSent);
        Answer<MarkItemsReturning, ItemsMarkedReturning>(cfg, ReturnQueues.MarkItemsReturning, replies, SampleReturn.ItemsMarked);

        // The refund lies past the state measured: its command is taken off the queue and left unanswered.
        cfg.ReceiveEndpoint(ReturnQueues.ScheduleRefund, e => e.Handler<ScheduleRefund>(_ => Task.CompletedTask));
    }

    private static void Answer<TCommand, TReply>(IInMemoryBusFactoryConfigurator cfg, string queue, ReplyCounter replies, Func<TCommand, TReply> reply)
        where TCommand : class
        where TReply : class =>
        cfg.ReceiveEndpoint(queue, e => e.Handler<TCommand>(context =>
        {
            // Counted before it goes out, so the count is complete by the time the saga has taken the reply.
            replies.Add();
            return context.Publish(reply(context.Message));
        }));
}
