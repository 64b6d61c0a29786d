namespace Returns.Tests.Compose.Rules;

/// <summary>
/// Every variable the file uses is listed in .env.example, and none is bare: a missing one either has a default
/// (<c>${X:-...}</c>) or stops compose with a message (<c>${X:?...}</c>) instead of becoming an empty string.
/// </summary>
public static class VariablesRule
{
    public static IEnumerable<string> Check(ComposeFile compose, string envExample)
    {
        var declared = Declared(envExample);
        foreach (var name in compose.Variables.Select(variable => variable.Name).Distinct().Where(name => !declared.Contains(name)))
        {
            yield return $"${{{name}}} is not in .env.example.";
        }

        foreach (var name in compose.Variables.Where(variable => variable.IsBare).Select(variable => variable.Name).Distinct())
        {
            yield return $"${{{name}}} is bare: give it a default (${{{name}:-...}}) or make it required (${{{name}:?...}}).";
        }
    }

    /// <summary>The names an env file sets: NAME=value lines, comments and blank lines aside.</summary>
    public static HashSet<string> Declared(string envFile) =>
        envFile.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains('='))
            .Select(line => line[..line.IndexOf('=')].Trim())
            .Select(name => name.StartsWith("export ", StringComparison.Ordinal) ? name["export ".Length..].Trim() : name)
            .ToHashSet(StringComparer.Ordinal);
}
