using Microsoft.EntityFrameworkCore;

namespace Returns.Refunds.Data;

/// <summary>The Refunds database on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class RefundsSqliteDbContext(DbContextOptions<RefundsSqliteDbContext> options) : RefundsDbContext(options);
