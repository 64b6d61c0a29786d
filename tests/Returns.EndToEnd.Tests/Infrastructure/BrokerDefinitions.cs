using System.Text.Json.Nodes;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The checked-in RabbitMQ definitions (infra/rabbitmq/definitions.json), read as the broker reads them and
/// retargeted at a throwaway virtual host: its users renamed after that host, so a test run never changes
/// the users (or passwords) of a system started by infra/run.sh on the same broker.
/// </summary>
public static class BrokerDefinitions
{
    /// <summary>The virtual host and the users' name prefix as checked in.</summary>
    public const string VirtualHost = "returns";
    public const string UserPrefix = "returns-";

    /// <summary>The services that run as a user of their own, by the suffix of its name (returns-api, ...).</summary>
    public static readonly string[] Services = ["api", "orchestrator", "validation", "eligibility", "labels", "notifications", "inventory", "refunds"];

    public const string Operator = "operator";

    public static string FilePath => Path.Combine(RepositoryPaths.Root, "infra", "rabbitmq", "definitions.json");

    public static JsonObject Load() =>
        JsonNode.Parse(File.ReadAllText(FilePath))?.AsObject() ?? throw new InvalidDataException($"{FilePath} is not a JSON object.");

    /// <summary>
    /// The definitions for <paramref name="virtualHost"/>: every "vhost" and the virtual host's own entry renamed,
    /// every user "returns-x" (and its permissions) renamed "<paramref name="virtualHost"/>-x".
    /// </summary>
    public static JsonObject For(string virtualHost)
    {
        var definitions = Load();
        foreach (var vhost in Array(definitions, "vhosts"))
        {
            vhost["name"] = virtualHost;
        }

        foreach (var section in new[] { "permissions", "policies", "queues", "exchanges", "bindings" })
        {
            foreach (var entry in Array(definitions, section))
            {
                entry["vhost"] = virtualHost;
            }
        }

        foreach (var user in Array(definitions, "users"))
        {
            user["name"] = UserName(virtualHost, Suffix((string)user["name"]!));
        }

        foreach (var permission in Array(definitions, "permissions"))
        {
            permission["user"] = UserName(virtualHost, Suffix((string)permission["user"]!));
        }

        return definitions;
    }

    /// <summary>The name a checked-in user ("returns-" + <paramref name="suffix"/>) has in <paramref name="virtualHost"/>.</summary>
    public static string UserName(string virtualHost, string suffix) =>
        virtualHost == VirtualHost ? UserPrefix + suffix : $"{virtualHost}-{suffix}";

    public static IEnumerable<JsonObject> Array(JsonObject definitions, string section) =>
        (definitions[section]?.AsArray() ?? []).Select(node => node!.AsObject());

    private static string Suffix(string userName) =>
        userName.StartsWith(UserPrefix, StringComparison.Ordinal)
            ? userName[UserPrefix.Length..]
            : throw new InvalidDataException($"User {userName} in {FilePath} is not named {UserPrefix}<service>.");
}
