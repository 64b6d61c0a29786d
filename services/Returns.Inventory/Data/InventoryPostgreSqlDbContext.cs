using Microsoft.EntityFrameworkCore;

namespace Returns.Inventory.Data;

/// <summary>The Inventory database on PostgreSQL; its migrations live in Migrations/PostgreSql.</summary>
public sealed class InventoryPostgreSqlDbContext(DbContextOptions<InventoryPostgreSqlDbContext> options) : InventoryDbContext(options);
