using Returns.Persistence.Providers;

namespace Returns.Refunds.Data.DesignTime;

/// <summary>dotnet-ef's way to the PostgreSql context (see DesignTimeDbContextFactory).</summary>
public sealed class RefundsPostgreSqlDesignTimeFactory()
    : DesignTimeDbContextFactory<RefundsPostgreSqlDbContext>(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=returns_refunds");
