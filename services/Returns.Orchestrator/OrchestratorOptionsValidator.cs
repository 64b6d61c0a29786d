using Microsoft.Extensions.Options;

namespace Returns.Orchestrator;

/// <summary>Refuses to start the orchestrator with timings that make no sense, naming each bad key.</summary>
public sealed class OrchestratorOptionsValidator : IValidateOptions<OrchestratorOptions>
{
    public ValidateOptionsResult Validate(string? name, OrchestratorOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
