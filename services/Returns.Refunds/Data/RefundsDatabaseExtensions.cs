using Returns.Persistence.Providers;

namespace Returns.Refunds.Data;

public static class RefundsDatabaseExtensions
{
    /// <summary>The Refunds database from the "Database" section (default SQLite refunds.db), migrated at start-up. Call before AddReturnsMessaging.</summary>
    public static IHostApplicationBuilder AddRefundsDatabase(this IHostApplicationBuilder builder) =>
        builder.AddReturnsDatabase<RefundsDbContext, RefundsSqliteDbContext, RefundsPostgreSqlDbContext, RefundsSqlServerDbContext>();

    /// <summary>Registers <see cref="RefundsDbContext"/> as the provider's subclass, so the provider's migrations apply.</summary>
    public static IServiceCollection AddRefundsDbContext(this IServiceCollection services, DatabaseOptions database) =>
        services.AddReturnsDbContext<RefundsDbContext, RefundsSqliteDbContext, RefundsPostgreSqlDbContext, RefundsSqlServerDbContext>(database);
}
