using Returns.Persistence.Providers;

namespace Returns.Persistence.Tests.Databases;

/// <summary>Theory data: every provider with a server on this machine. SQL Server is covered by DDL checks instead.</summary>
public sealed class DatabaseProviders : TheoryData<DatabaseProvider>
{
    public DatabaseProviders()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.PostgreSql);
    }
}
