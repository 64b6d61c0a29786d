namespace Returns.Tests.Compose.Rules;

/// <summary>
/// Every depends_on names a real service and waits for it to be ready: service_healthy on a service with a health
/// check, or service_completed_successfully on a job that does not restart; service_started would not wait.
/// </summary>
public static class DependsOnRule
{
    public const string Healthy = "service_healthy";
    public const string Completed = "service_completed_successfully";
    public const string Started = "service_started";

    public static IEnumerable<string> Check(ComposeFile compose)
    {
        foreach (var service in compose.Services.Values)
        {
            foreach (var (name, condition) in service.DependsOn)
            {
                if (!compose.Services.TryGetValue(name, out var dependency))
                {
                    yield return $"{service.Name}: depends on '{name}', which is no service of this file.";
                }
                else if (condition == Started)
                {
                    yield return $"{service.Name}: depends on {name} with {Started}, which does not wait for it to be ready ({Healthy} or {Completed}).";
                }
                else if (condition == Healthy && dependency.HealthCheck is null)
                {
                    yield return $"{service.Name}: waits for {name} to be healthy, but {name} has no health check.";
                }
                else if (condition == Completed && dependency.Restart is "always" or "unless-stopped")
                {
                    yield return $"{service.Name}: waits for {name} to complete, but {name} restarts '{dependency.Restart}'.";
                }
                else if (condition is not (Healthy or Completed))
                {
                    yield return $"{service.Name}: depends on {name} with an unknown condition '{condition}'.";
                }
            }
        }
    }
}
