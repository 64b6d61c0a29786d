using Returns.Persistence.Providers;

namespace Returns.Refunds.Data.DesignTime;

/// <summary>dotnet-ef's way to the SqlServer context (see DesignTimeDbContextFactory).</summary>
public sealed class RefundsSqlServerDesignTimeFactory()
    : DesignTimeDbContextFactory<RefundsSqlServerDbContext>(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=ReturnsRefunds;TrustServerCertificate=True");
