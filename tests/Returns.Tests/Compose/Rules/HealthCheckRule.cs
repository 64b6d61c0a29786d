using System.Text.RegularExpressions;
using Returns.Hosting.Defaults;

namespace Returns.Tests.Compose.Rules;

/// <summary>
/// Every long-running service has a health check; a .NET service's runs its own probe command (the runtime image
/// has no curl) with variables its image sets. One-shot jobs (awaited with service_completed_successfully) need none.
/// </summary>
public static class HealthCheckRule
{
    public static IEnumerable<string> Check(ComposeFile compose)
    {
        var oneShot = compose.Services.Values
            .SelectMany(service => service.DependsOn.Where(dependency => dependency.Value == DependsOnRule.Completed).Select(dependency => dependency.Key))
            .ToHashSet();
        foreach (var service in compose.Services.Values.Where(service => !oneShot.Contains(service.Name)))
        {
            if (service.HealthCheck is not { } test)
            {
                yield return $"{service.Name}: a long-running service without a health check (nothing can wait for it to be ready).";
            }
            else if (service.Project is not null && !test.Any(part => part.Split(' ', '"').Contains(ProbeCommand.Name)))
            {
                yield return $"{service.Name}: its health check does not run the service's '{ProbeCommand.Name}' command ({string.Join(' ', test)}).";
            }
            else if (UndefinedImageVariable(compose, service, test) is { } variable)
            {
                yield return $"{service.Name}: its health check uses ${variable}, which {service.Dockerfile} does not set (ENV {variable}=...).";
            }
        }
    }

    // A check like `dotnet "$$SERVICE_DLL" probe` leans on the image's ENV: a renamed variable would leave it failing forever.
    private static string? UndefinedImageVariable(ComposeFile compose, ComposeService service, IReadOnlyList<string> test)
    {
        if (service.BuildContext is not { } context || !File.Exists(Path.Combine(compose.Directory, context, service.Dockerfile)))
        {
            return null;
        }

        var dockerfile = File.ReadAllText(Path.Combine(compose.Directory, context, service.Dockerfile));
        return test.SelectMany(part => Regex.Matches(part, @"\$\$\{?([A-Za-z_][A-Za-z0-9_]*)").Select(match => match.Groups[1].Value))
            .FirstOrDefault(variable => !Regex.IsMatch(dockerfile, $@"\b{variable}="));
    }
}
