using Returns.Persistence.Providers;

namespace Returns.Labels.Data.DesignTime;

/// <summary>dotnet-ef's way to the PostgreSql context (see DesignTimeDbContextFactory).</summary>
public sealed class LabelsPostgreSqlDesignTimeFactory()
    : DesignTimeDbContextFactory<LabelsPostgreSqlDbContext>(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=returns_labels");
