using MassTransit;
using Returns.Api.Returns;
using Returns.Contracts.Decisions;
using Returns.Contracts.Status;
using Returns.Hosting.Messaging;

namespace Returns.Api.Intake;

/// <summary>
/// A human decision that arrived as plain JSON on the decision-intake queue, put to the saga exactly as
/// the HTTP decision endpoints do. Whoever published it from the RabbitMQ UI sees no answer, so every
/// decision that was not applied (bad fields, unknown return, refused in the return's state) goes to
/// decision-intake_error with the reason; a refusal is on the return's timeline as well.
/// </summary>
public sealed class DecisionIntakeConsumer(
    IRequestClient<ApproveReturn> approve,
    IRequestClient<DenyReturn> deny,
    IRequestClient<RetryReturnStep> retry,
    IRequestClient<CancelReturn> cancel,
    IRequestClient<ResolveReturn> resolve,
    ILogger<DecisionIntakeConsumer> logger)
    : IConsumer<DecisionIntake>
{
    public static readonly IReadOnlyList<string> Decisions = ["approve", "deny", "retry", "cancel", "resolve"];

    public async Task Consume(ConsumeContext<DecisionIntake> context)
    {
        var input = context.Message;
        var problems = DecisionRules.Problems(input.Actor, input.Reason);
        if (!Guid.TryParse(input.ReturnId, out var returnId) || returnId == Guid.Empty)
        {
            problems["returnId"] = [$"'{input.ReturnId}' is not a return id (a non-empty GUID)"];
        }

        var decision = input.Decision?.Trim().ToLowerInvariant();
        if (decision is null || !Decisions.Contains(decision))
        {
            problems["decision"] = [$"'{input.Decision}' is not a decision; use one of {string.Join(", ", Decisions)}"];
        }

        if (problems.Count > 0)
        {
            throw new BadMessageException($"Invalid decision: {IntakeProblems.Describe(problems)}");
        }

        var (actor, reason) = (input.Actor!.Trim(), input.Reason!.Trim());
        var answer = decision switch
        {
            "approve" => await Ask(approve, new ApproveReturn(returnId, actor, reason), context.CancellationToken),
            "deny" => await Ask(deny, new DenyReturn(returnId, actor, reason), context.CancellationToken),
            "retry" => await Ask(retry, new RetryReturnStep(returnId, actor, reason), context.CancellationToken),
            "cancel" => await Ask(cancel, new CancelReturn(returnId, actor, reason), context.CancellationToken),
            _ => await Ask(resolve, new ResolveReturn(returnId, actor, reason), context.CancellationToken),
        };

        if (answer.Is(out Response<DecisionAccepted>? accepted))
        {
            logger.LogInformation("{Decision} by {Actor} applied to return {ReturnId}, now {State}",
                accepted!.Message.Decision, actor, returnId, accepted.Message.State);
            return;
        }

        if (answer.Is(out Response<DecisionRefused>? refused))
        {
            throw new BadMessageException(
                $"{refused!.Message.Decision} refused for return {returnId} in {refused.Message.State}: {refused.Message.Reason} Nothing changed; the refusal is on the return's timeline.");
        }

        throw new BadMessageException($"No return has the id {returnId}; the decision was not applied.");
    }

    private static Task<Response<DecisionAccepted, DecisionRefused, ReturnNotFound>> Ask<T>(IRequestClient<T> client, T decision, CancellationToken ct)
        where T : class =>
        client.GetResponse<DecisionAccepted, DecisionRefused, ReturnNotFound>(decision, ct);
}
