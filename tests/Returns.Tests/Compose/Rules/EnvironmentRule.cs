namespace Returns.Tests.Compose.Rules;

/// <summary>Every environment variable of a .NET service (one built with SERVICE) sets a configuration key that service reads.</summary>
public static class EnvironmentRule
{
    public static IEnumerable<string> Check(ComposeFile compose, Func<string, ServiceConfiguration> configurationOf)
    {
        foreach (var service in compose.Services.Values.Where(service => service.Project is not null))
        {
            var configuration = configurationOf(service.Project!);
            foreach (var variable in service.Environment.Keys.Where(variable => !configuration.Reads(variable)))
            {
                yield return $"{service.Name}: {variable} is no setting {configuration.AssemblyName} reads (no options section, appsettings.json key or host setting of that name).";
            }
        }
    }
}
