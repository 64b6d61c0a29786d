using Microsoft.EntityFrameworkCore;

namespace Returns.Refunds.Data;

/// <summary>The Refunds database on SQL Server; its migrations live in Migrations/SqlServer.</summary>
public sealed class RefundsSqlServerDbContext(DbContextOptions<RefundsSqlServerDbContext> options) : RefundsDbContext(options);
