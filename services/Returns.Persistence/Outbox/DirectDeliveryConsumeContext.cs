using MassTransit;
using MassTransit.Context;
using MassTransit.Middleware.InMemoryOutbox;

namespace Returns.Persistence.Outbox;

/// <summary>
/// Hands the outbox's delivery pass the transport's send endpoints even when the endpoint also runs
/// MassTransit's in-memory outbox (Returns.Hosting adds it to every endpoint). Otherwise the delivered
/// messages would wait in memory until the whole pipe returns, after the pass that removes their
/// rows has committed: a crash or a broker error in between would lose them.
/// </summary>
public sealed class DirectDeliveryConsumeContext<TMessage>(ConsumeContext<TMessage> context, ConsumeContext transport)
    : ConsumeContextProxy<TMessage>(context)
    where TMessage : class
{
    public override Task<ISendEndpoint> GetSendEndpoint(Uri address) => transport.GetSendEndpoint(address);

    public static ConsumeContext<TMessage> Around(ConsumeContext<TMessage> context) =>
        context.TryGetPayload(out InMemoryOutboxConsumeContext? memory)
            ? new DirectDeliveryConsumeContext<TMessage>(context, memory.CapturedContext)
            : context;
}
