using Microsoft.Extensions.Configuration;

namespace Returns.Persistence.Providers;

/// <summary>Which database a service uses, bound from the "Database" section: Provider, ConnectionString, MigrateOnStart.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// Whether the service applies pending migrations itself when it starts. A deployment with replicas
    /// runs the service's <c>migrate</c> command once and starts every replica with this false.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// Binds the section, or answers why it cannot: a provider name we do not know is named with the
    /// accepted ones, instead of the binder's type-conversion message.
    /// </summary>
    public static bool TryRead(IConfiguration configuration, out DatabaseOptions options, out string problem)
    {
        var section = configuration.GetSection(Section);
        var provider = section[nameof(Provider)];
        options = new DatabaseOptions();
        problem = string.Empty;
        if (!string.IsNullOrWhiteSpace(provider)
            && !Enum.GetNames<DatabaseProvider>().Any(name => name.Equals(provider.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            problem = $"{Section}:{nameof(Provider)} '{provider}' is not one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.";
            return false;
        }

        try
        {
            section.Bind(options);
            return true;
        }
        catch (InvalidOperationException e)
        {
            // Another value of the section that does not convert (MigrateOnStart=maybe): the binder names the key.
            problem = e.Message;
            return false;
        }
    }
}
