namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>Where the stateful services of a test system keep their data.</summary>
public enum SystemDatabase
{
    /// <summary>A SQLite file per service in the fixture's temporary folder: no server needed, as in the local run.</summary>
    Sqlite,

    /// <summary>A database per service on the loopback PostgreSQL server, created and dropped by the fixture.</summary>
    PostgreSql,
}
