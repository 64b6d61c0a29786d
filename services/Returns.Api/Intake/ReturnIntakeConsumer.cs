using System.Security.Cryptography;
using MassTransit;
using Returns.Api.Returns;
using Returns.Contracts;
using Returns.Contracts.Status;
using Returns.Hosting.Messaging;

namespace Returns.Api.Intake;

/// <summary>
/// A return request that arrived as plain JSON (the body of POST /returns) on the return-intake queue:
/// checked with <see cref="ReturnRequestRules"/> like the HTTP door and published as ReturnRequested.
/// Anything that cannot become a return goes to return-intake_error with the reason.
/// </summary>
public sealed class ReturnIntakeConsumer(IRequestClient<GetReturnStatus> returns, TimeProvider time, ILogger<ReturnIntakeConsumer> logger)
    : IConsumer<SubmitReturnRequest>
{
    public async Task Consume(ConsumeContext<SubmitReturnRequest> context)
    {
        var request = context.Message;
        var message = request.ToMessage(request.ReturnId ?? IdFromBody(context.ReceiveContext.Body.GetBytes()), time.GetUtcNow());
        var problems = ReturnRequestRules.Problems(message);
        if (problems.Count > 0)
        {
            throw new BadMessageException($"Invalid return request: {string.Join("; ", problems)}");
        }

        // Also for an id taken from the body: the same body again is a retry, not a second return.
        var use = await ExistingReturns.Check(returns, message, context.CancellationToken);
        if (use.Conflict is not null)
        {
            throw new BadMessageException(use.Conflict);
        }

        if (use.IsRetry)
        {
            logger.LogInformation("Return {ReturnId} for order {OrderNumber} was already submitted; the intake message changes nothing",
                message.ReturnId, message.OrderNumber);
            return;
        }

        await context.Publish(message, context.CancellationToken);
        logger.LogInformation("Return {ReturnId} for order {OrderNumber} submitted through the intake queue", message.ReturnId, message.OrderNumber);
    }

    // Without a returnId the id comes from the body's bytes, so a redelivery (or the same body published
    // twice) names the same return instead of starting a second one.
    private static Guid IdFromBody(byte[] body) => new(SHA256.HashData(body).AsSpan(0, 16));
}
