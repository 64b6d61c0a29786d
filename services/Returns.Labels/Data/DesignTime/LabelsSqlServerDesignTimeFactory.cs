using Returns.Persistence.Providers;

namespace Returns.Labels.Data.DesignTime;

/// <summary>dotnet-ef's way to the SqlServer context (see DesignTimeDbContextFactory).</summary>
public sealed class LabelsSqlServerDesignTimeFactory()
    : DesignTimeDbContextFactory<LabelsSqlServerDbContext>(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=ReturnsLabels;TrustServerCertificate=True");
