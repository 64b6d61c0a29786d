using System.Collections.Concurrent;

namespace Returns.Tests.Compose;

/// <summary>The checked-out repository the compose specs read: its root, docker-compose.yml and .env.example.</summary>
public static class Repository
{
    private static readonly ConcurrentDictionary<string, ServiceConfiguration> Configurations = new();

    public static string Root { get; } = FindRoot();

    public static string ComposePath => Path.Combine(Root, "docker-compose.yml");

    public static string EnvExample => File.ReadAllText(Path.Combine(Root, ".env.example"));

    public static ServiceConfiguration ConfigurationOf(string project) => Configurations.GetOrAdd(project, p => ServiceConfiguration.For(p, Root));

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
