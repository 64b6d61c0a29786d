using Returns.Persistence.Providers;

namespace Returns.Refunds.Data.DesignTime;

/// <summary>dotnet-ef's way to the Sqlite context (see DesignTimeDbContextFactory).</summary>
public sealed class RefundsSqliteDesignTimeFactory()
    : DesignTimeDbContextFactory<RefundsSqliteDbContext>(DatabaseProvider.Sqlite, "Data Source=refunds.db");
