using Microsoft.EntityFrameworkCore;

namespace Returns.Refunds.Data;

/// <summary>The Refunds database on PostgreSQL; its migrations live in Migrations/PostgreSql.</summary>
public sealed class RefundsPostgreSqlDbContext(DbContextOptions<RefundsPostgreSqlDbContext> options) : RefundsDbContext(options);
