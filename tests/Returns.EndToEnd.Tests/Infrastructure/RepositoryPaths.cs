namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>Finds the services' build output relative to this test assembly, never by an absolute path.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration (Debug/Release) this test assembly was built in; the services were built alongside.</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string TargetFramework => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;

    public static string ServiceAssembly(string name)
    {
        var project = $"Returns.{name}";
        var path = Path.Combine(Root, "services", project, "bin", Configuration, TargetFramework, $"{project}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{project} is not built at {path}; build the solution first.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Returns.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Returns.sln not found above the test assembly.");
    }
}
