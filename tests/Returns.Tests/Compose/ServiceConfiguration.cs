using System.Reflection;
using Returns.Hosting.Http;

namespace Returns.Tests.Compose;

/// <summary>
/// The configuration keys one service reads, derived rather than listed: every options type with a
/// <c>Section</c> constant in the service's assembly and the Returns.* assemblies it references (their public
/// properties, nested ones included), the named <c>External:{name}</c> systems its appsettings.json configures
/// (shaped by <see cref="ExternalServiceOptions"/>), every key of its appsettings.json, the few keys ASP.NET
/// Core itself reads, and OTEL_* once the service references OpenTelemetry.
/// </summary>
public sealed class ServiceConfiguration
{
    private const string Rest = OptionsKeys.Rest;
    private const string Any = OptionsKeys.Any;

    // ASP.NET Core's own keys (not the project's, so no drift to fear): addresses, hosts, logging, Kestrel.
    private static readonly string[][] FrameworkKeys =
        [["Urls"], ["HTTP_PORTS"], ["HTTPS_PORTS"], ["AllowedHosts"], ["Environment"], ["Logging", Rest], ["Kestrel", Rest]];

    private static readonly string[] HostPrefixes = ["ASPNETCORE_", "DOTNET_"];

    // Variables a library reads straight from the environment, accepted when the service references that library.
    private static readonly (string Prefix, string Library)[] LibraryVariables = [("OTEL_", "OpenTelemetry")];

    private readonly List<string[]> keys;

    private readonly List<string> libraryPrefixes;

    private ServiceConfiguration(string assemblyName, List<string[]> keys, List<string> libraryPrefixes)
    {
        AssemblyName = assemblyName;
        this.keys = keys;
        this.libraryPrefixes = libraryPrefixes;
    }

    public string AssemblyName { get; }

    /// <summary>The keys as "Section:Property" patterns, "*" standing for any one segment and "**" for anything below.</summary>
    public IEnumerable<string> Keys => keys.Select(key => string.Join(':', key));

    /// <summary>For the project services/Returns.{project}: its assembly must be loadable from the test's output.</summary>
    public static ServiceConfiguration For(string project, string repositoryRoot)
    {
        var assembly = Assembly.Load($"Returns.{project}");
        var keys = new List<string[]>(FrameworkKeys);
        var assemblies = ReturnsAssemblies(assembly);
        foreach (var type in assemblies.SelectMany(LoadableTypes))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.GetRawConstantValue() is string section)
            {
                keys.AddRange(OptionsKeys.Of(type, [section]));
            }
        }

        var appsettings = AppSettingsKeys.Read(Path.Combine(repositoryRoot, "services", $"Returns.{project}", "appsettings.json")).ToList();
        keys.AddRange(appsettings);
        if (assemblies.Contains(typeof(ExternalServiceOptions).Assembly))
        {
            foreach (var name in appsettings.Where(key => key is ["External", _, ..]).Select(key => key[1]).Distinct())
            {
                keys.AddRange(OptionsKeys.Of(typeof(ExternalServiceOptions), ["External", name]));
            }
        }

        var libraries = assemblies.SelectMany(a => a.GetReferencedAssemblies()).Select(name => name.Name ?? "").ToHashSet();
        var libraryPrefixes = LibraryVariables.Where(family => libraries.Contains(family.Library)).Select(family => family.Prefix).ToList();
        return new ServiceConfiguration(assembly.GetName().Name!, keys, libraryPrefixes);
    }

    /// <summary>Whether an environment variable (Section__Key, or ASPNETCORE_/DOTNET_ + a host key) sets a key this service reads.</summary>
    public bool Reads(string environmentVariable)
    {
        if (libraryPrefixes.Any(prefix => environmentVariable.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return true;
        }

        var name = HostPrefixes.FirstOrDefault(prefix => environmentVariable.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) is { } hostPrefix
            ? environmentVariable[hostPrefix.Length..]
            : environmentVariable;
        var segments = name.Split("__");
        return keys.Any(key => Matches(key, segments));
    }

    private static bool Matches(string[] key, string[] segments)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == Rest)
            {
                return segments.Length > i;
            }

            if (i >= segments.Length || (key[i] != Any && !key[i].Equals(segments[i], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return segments.Length == key.Length;
    }

    private static HashSet<Assembly> ReturnsAssemblies(Assembly root)
    {
        var found = new HashSet<Assembly> { root };
        var pending = new Queue<Assembly>([root]);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies().Where(name => name.Name?.StartsWith("Returns.", StringComparison.Ordinal) == true))
            {
                var loaded = Assembly.Load(reference);
                if (found.Add(loaded))
                {
                    pending.Enqueue(loaded);
                }
            }
        }

        return found;
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
