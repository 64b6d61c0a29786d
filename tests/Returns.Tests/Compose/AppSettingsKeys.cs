using System.Text.Json;

namespace Returns.Tests.Compose;

/// <summary>Every leaf key of an appsettings.json, array items by index: ["External", "Carrier", "BaseAddress"].</summary>
public static class AppSettingsKeys
{
    public static IEnumerable<string[]> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return Flatten(document.RootElement, []).ToList();
    }

    private static IEnumerable<string[]> Flatten(JsonElement element, string[] key) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Flatten(property.Value, [.. key, property.Name])),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((item, index) => Flatten(item, [.. key, index.ToString()])),
        _ => [key],
    };
}
