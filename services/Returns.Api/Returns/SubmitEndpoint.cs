using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Returns.Contracts;
using Returns.Contracts.Status;

namespace Returns.Api.Returns;

/// <summary>
/// POST /returns: checks the request with <see cref="ReturnRequestRules"/> (400 naming each bad field) and
/// publishes ReturnRequested (202). A client-chosen returnId is checked first: the same request again is a
/// safe retry (202, nothing published twice), other content under a taken id is a 409.
/// </summary>
public static class SubmitEndpoint
{
    public static async Task<Results<Accepted<SubmittedReturn>, ValidationProblem, ProblemHttpResult>> Submit(
        SubmitReturnRequest body,
        IPublishEndpoint publisher,
        IRequestClient<GetReturnStatus> returns,
        TimeProvider time,
        CancellationToken ct)
    {
        var message = body.ToMessage(body.ReturnId ?? NewId.NextGuid(), time.GetUtcNow());
        var problems = ReturnRequestRules.Problems(message);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems
                .GroupBy(p => p.Field)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        if (body.ReturnId is not null)
        {
            try
            {
                var use = await ExistingReturns.Check(returns, message, ct);
                if (use.Conflict is not null)
                {
                    return ReturnProblems.ReturnIdTaken(use);
                }

                if (use.IsRetry)
                {
                    return Accepted(message.ReturnId);
                }
            }
            catch (RequestTimeoutException)
            {
                return ReturnProblems.OrchestratorUnavailable();
            }
        }

        await publisher.Publish(message, ct);
        return Accepted(message.ReturnId);
    }

    private static Accepted<SubmittedReturn> Accepted(Guid returnId)
    {
        var location = $"/returns/{returnId}";
        return TypedResults.Accepted(location, new SubmittedReturn(returnId, location));
    }
}
