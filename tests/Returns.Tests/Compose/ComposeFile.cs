namespace Returns.Tests.Compose;

/// <summary>A docker-compose file read for checking: its services (merge keys applied) and every variable it refers to.</summary>
public sealed class ComposeFile
{
    private ComposeFile(string directory, IReadOnlyDictionary<string, ComposeService> services, IReadOnlyList<VariableReference> variables)
    {
        Directory = directory;
        Services = services;
        Variables = variables;
    }

    /// <summary>Where the file lies: build contexts are relative to it.</summary>
    public string Directory { get; }

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    /// <summary>Every reference, including those in x- extension blocks: compose interpolates the whole file.</summary>
    public IReadOnlyList<VariableReference> Variables { get; }

    public static ComposeFile Read(string path) => Parse(File.ReadAllText(path), Path.GetDirectoryName(Path.GetFullPath(path))!);

    public static ComposeFile Parse(string yaml, string directory)
    {
        var root = YamlTree.Load(yaml) as Dictionary<string, object?> ?? throw new InvalidDataException("A compose file is a mapping.");
        var services = root.GetValueOrDefault("services") as Dictionary<string, object?> ?? [];
        return new ComposeFile(
            directory,
            services.ToDictionary(pair => pair.Key, pair => new ComposeService(pair.Key, pair.Value as Dictionary<string, object?> ?? [])),
            Scalars(root).SelectMany(Interpolation.References).ToList());
    }

    private static IEnumerable<string> Scalars(object? node) => node switch
    {
        string text => [text],
        Dictionary<string, object?> mapping => mapping.Keys.Concat(mapping.Values.SelectMany(Scalars)),
        List<object?> sequence => sequence.SelectMany(Scalars),
        _ => [],
    };
}
