namespace Returns.Persistence.Providers;

/// <summary>The databases every service can keep its state in, chosen by configuration.</summary>
public enum DatabaseProvider
{
    /// <summary>Zero setup: a file next to the service. The local run's default.</summary>
    Sqlite,

    /// <summary>The real server the tests run against here.</summary>
    PostgreSql,

    /// <summary>The production default (docker-compose).</summary>
    SqlServer,
}
