using Returns.Hosting.Defaults;

namespace Returns.Tests.Compose.Rules;

/// <summary>
/// Every long-running service has a health check, and a .NET service's runs its own probe command (the runtime
/// image has no curl). One-shot jobs, those another service awaits with service_completed_successfully, need none.
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
        }
    }
}
