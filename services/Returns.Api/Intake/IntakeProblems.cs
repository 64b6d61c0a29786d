namespace Returns.Api.Intake;

/// <summary>Field problems as one line for an _error queue's reason header: "field: message; field: message".</summary>
public static class IntakeProblems
{
    public static string Describe(IEnumerable<KeyValuePair<string, string[]>> problems) =>
        string.Join("; ", problems.SelectMany(p => p.Value.Select(message => $"{p.Key}: {message}")));
}
