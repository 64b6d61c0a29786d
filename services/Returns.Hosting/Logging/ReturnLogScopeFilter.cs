using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Returns.Hosting.Logging;

/// <summary>
/// Puts the message's ReturnId on every log line written while it is handled (a logging scope: every logger of
/// the process shares it, MassTransit's own included) and on the current span as "returns.return_id", so a return
/// can be found in logs and traces alike. Trace and span ids come with the logging's activity tracking. The scope
/// also carries the message's email and street addresses, which the JSON formatter masks in every line.
/// </summary>
public sealed class ReturnLogScopeFilter<T>(ILogger<ReturnLogScopeFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public const string SpanAttribute = "returns.return_id";

    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (MessageReturnId<T>.Of(context.Message) is not { } returnId || returnId == Guid.Empty)
        {
            await next.Send(context);
            return;
        }

        Activity.Current?.SetTag(SpanAttribute, returnId.ToString("D"));
        using (logger.BeginScope(new ReturnLogScope(returnId, PersonalData<T>.Of(context.Message))))
        {
            await next.Send(context);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("returnLogScope");
}
