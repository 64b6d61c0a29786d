namespace Returns.Tests.Compose.Rules;

/// <summary>Every build context and Dockerfile exists; a Dockerfile that takes SERVICE gets one naming a project under services/.</summary>
public static class BuildRule
{
    public static IEnumerable<string> Check(ComposeFile compose, string repositoryRoot)
    {
        foreach (var service in compose.Services.Values)
        {
            if (service.BuildContext is not { } context)
            {
                continue;
            }

            var contextPath = Path.GetFullPath(Path.Combine(compose.Directory, context));
            if (!Directory.Exists(contextPath))
            {
                yield return $"{service.Name}: build context '{context}' does not exist.";
                continue;
            }

            var dockerfile = Path.Combine(contextPath, service.Dockerfile);
            if (!File.Exists(dockerfile))
            {
                yield return $"{service.Name}: Dockerfile '{service.Dockerfile}' does not exist in context '{context}'.";
                continue;
            }

            if (service.Project is { } project)
            {
                var csproj = Path.Combine(repositoryRoot, "services", $"Returns.{project}", $"Returns.{project}.csproj");
                if (!File.Exists(csproj))
                {
                    yield return $"{service.Name}: build arg {ComposeService.ServiceBuildArg}={project} names no project (no services/Returns.{project}/Returns.{project}.csproj).";
                }
            }
            else if (File.ReadLines(dockerfile).Any(line => line.Trim() == $"ARG {ComposeService.ServiceBuildArg}"))
            {
                yield return $"{service.Name}: {service.Dockerfile} builds the project named by build arg {ComposeService.ServiceBuildArg}, which this service does not set.";
            }
        }
    }
}
