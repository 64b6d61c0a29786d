namespace Returns.Persistence.Providers;

/// <summary>One database of a service that the migrate command brings up to date (registered by AddReturnsDatabase).</summary>
public interface IDatabaseMigrator
{
    /// <summary>The DbContext's name, for messages.</summary>
    string Name { get; }

    /// <summary>Fails with the configuration problem, if any, without touching the database.</summary>
    Task EnsureConfiguredAsync();

    /// <summary>Applies the pending migrations and answers their ids (empty when the schema was current).</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);
}
