using Returns.Persistence.Providers;

namespace Returns.Labels.Data;

public static class LabelsDatabaseExtensions
{
    /// <summary>The Labels database from the "Database" section (default SQLite labels.db), migrated at start-up. Call before AddReturnsMessaging.</summary>
    public static IHostApplicationBuilder AddLabelsDatabase(this IHostApplicationBuilder builder) =>
        builder.AddReturnsDatabase<LabelsDbContext, LabelsSqliteDbContext, LabelsPostgreSqlDbContext, LabelsSqlServerDbContext>();

    /// <summary>Registers <see cref="LabelsDbContext"/> as the provider's subclass, so the provider's migrations apply.</summary>
    public static IServiceCollection AddLabelsDbContext(this IServiceCollection services, DatabaseOptions database) =>
        services.AddReturnsDbContext<LabelsDbContext, LabelsSqliteDbContext, LabelsPostgreSqlDbContext, LabelsSqlServerDbContext>(database);
}
