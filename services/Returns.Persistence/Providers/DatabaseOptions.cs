namespace Returns.Persistence.Providers;

/// <summary>Which database a service uses, bound from the "Database" section: Provider and ConnectionString.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = string.Empty;
}
