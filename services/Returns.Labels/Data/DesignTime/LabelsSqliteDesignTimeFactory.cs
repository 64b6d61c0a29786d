using Returns.Persistence.Providers;

namespace Returns.Labels.Data.DesignTime;

/// <summary>dotnet-ef's way to the Sqlite context (see DesignTimeDbContextFactory).</summary>
public sealed class LabelsSqliteDesignTimeFactory()
    : DesignTimeDbContextFactory<LabelsSqliteDbContext>(DatabaseProvider.Sqlite, "Data Source=labels.db");
