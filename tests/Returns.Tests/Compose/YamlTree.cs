using YamlDotNet.RepresentationModel;

namespace Returns.Tests.Compose;

/// <summary>
/// A YAML document as plain values (mappings as ordered dictionaries, sequences as lists, scalars as strings),
/// with aliases resolved and "&lt;&lt;" merge keys applied as compose applies them.
/// </summary>
public static class YamlTree
{
    private const string MergeKey = "<<";

    public static object? Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Merge(mapping),
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => IsNull(scalar) ? null : scalar.Value,
        _ => throw new NotSupportedException($"Unsupported YAML node {node.GetType().Name} at {node.Start}."),
    };

    // YamlDotNet leaves "<<" as an ordinary key (its MergingParser duplicates keys instead), so the merge is
    // ours: keys written in the mapping win over merged ones, and among merged mappings the earlier wins.
    private static Dictionary<string, object?> Merge(YamlMappingNode mapping)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (name != MergeKey)
            {
                result.Add(name, Convert(value)); // YamlDotNet has refused a key written twice already
            }
        }

        var merged = mapping.Children.Where(pair => pair.Key is YamlScalarNode { Value: MergeKey }).Select(pair => pair.Value).SingleOrDefault();
        var sources = merged switch
        {
            null => [],
            YamlMappingNode one => [one],
            YamlSequenceNode many => many.Children.Select(child => child as YamlMappingNode
                ?? throw new InvalidDataException($"'<<' at {child.Start} lists something that is not a mapping.")).ToList(),
            _ => throw new InvalidDataException($"'<<' at {merged.Start} takes a mapping or a list of mappings."),
        };
        foreach (var source in sources)
        {
            foreach (var (key, value) in Merge(source))
            {
                result.TryAdd(key, value);
            }
        }

        return result;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
