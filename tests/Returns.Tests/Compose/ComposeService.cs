namespace Returns.Tests.Compose;

/// <summary>One service of a compose file, its long and short syntaxes read into one shape.</summary>
public sealed class ComposeService(string name, Dictionary<string, object?> definition)
{
    public const string ServiceBuildArg = "SERVICE";

    public string Name { get; } = name;

    /// <summary>The build context as written (relative to the compose file), or null for an image-only service.</summary>
    public string? BuildContext => definition.GetValueOrDefault("build") switch
    {
        string context => context,
        Dictionary<string, object?> build => build.GetValueOrDefault("context") as string ?? ".",
        _ => null,
    };

    /// <summary>The Dockerfile as written (relative to the context).</summary>
    public string Dockerfile => (definition.GetValueOrDefault("build") as Dictionary<string, object?>)?.GetValueOrDefault("dockerfile") as string ?? "Dockerfile";

    public IReadOnlyDictionary<string, string?> BuildArgs =>
        KeyValues((definition.GetValueOrDefault("build") as Dictionary<string, object?>)?.GetValueOrDefault("args"));

    /// <summary>The project this service builds, from the SERVICE build argument: "Orchestrator" for Returns.Orchestrator.</summary>
    public string? Project => BuildArgs.GetValueOrDefault(ServiceBuildArg);

    public IReadOnlyDictionary<string, string?> Environment => KeyValues(definition.GetValueOrDefault("environment"));

    public string? Restart => definition.GetValueOrDefault("restart") as string;

    /// <summary>The arguments given to the image's entrypoint: ["migrate"] for a migrate job.</summary>
    public IReadOnlyList<string> Command => definition.GetValueOrDefault("command") switch
    {
        string line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        List<object?> parts => parts.Select(part => part?.ToString() ?? "").ToList(),
        _ => [],
    };

    /// <summary>The health check's test, or null when there is none or it is disabled.</summary>
    public IReadOnlyList<string>? HealthCheck
    {
        get
        {
            if (definition.GetValueOrDefault("healthcheck") is not Dictionary<string, object?> check || check.GetValueOrDefault("disable") is "true")
            {
                return null;
            }

            var test = check.GetValueOrDefault("test") switch
            {
                string shell => ["CMD-SHELL", shell],
                List<object?> parts => parts.Select(part => part?.ToString() ?? "").ToList(),
                _ => [],
            };
            return test is [] or ["NONE", ..] ? null : test;
        }
    }

    /// <summary>Service name to condition; the short (list) syntax means service_started.</summary>
    public IReadOnlyDictionary<string, string?> DependsOn => definition.GetValueOrDefault("depends_on") switch
    {
        List<object?> names => names.OfType<string>().ToDictionary(n => n, _ => (string?)"service_started"),
        Dictionary<string, object?> map => map.ToDictionary(
            pair => pair.Key,
            pair => pair.Value is Dictionary<string, object?> options ? options.GetValueOrDefault("condition") as string ?? "service_started" : null),
        _ => new Dictionary<string, string?>(),
    };

    /// <summary>The port entries as written: "[ip:]host:container[/protocol]" strings or long-syntax mappings.</summary>
    public IReadOnlyList<object?> Ports => definition.GetValueOrDefault("ports") as List<object?> ?? [];

    // environment and build args take a mapping or a list of "KEY=VALUE" (or bare "KEY").
    private static Dictionary<string, string?> KeyValues(object? node) => node switch
    {
        Dictionary<string, object?> map => map.ToDictionary(pair => pair.Key, pair => pair.Value?.ToString()),
        List<object?> list => list.OfType<string>().Select(item => item.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : null),
        _ => [],
    };
}
