using Returns.Persistence.Providers;

namespace Returns.Notifications.Data.DesignTime;

/// <summary>dotnet-ef's way to the Sqlite context (see DesignTimeDbContextFactory).</summary>
public sealed class NotificationsSqliteDesignTimeFactory()
    : DesignTimeDbContextFactory<NotificationsSqliteDbContext>(DatabaseProvider.Sqlite, "Data Source=notifications.db");
