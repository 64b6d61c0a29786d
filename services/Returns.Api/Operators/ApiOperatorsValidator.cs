using Microsoft.Extensions.Options;

namespace Returns.Api.Operators;

/// <summary>Refuses to start the API with an operator that has no name, a short key, or a name or key given twice.</summary>
public sealed class ApiOperatorsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var problems = OperatorKeys.Problems(options.Operators).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
