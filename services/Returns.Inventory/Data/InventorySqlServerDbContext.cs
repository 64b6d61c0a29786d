using Microsoft.EntityFrameworkCore;

namespace Returns.Inventory.Data;

/// <summary>The Inventory database on SQL Server; its migrations live in Migrations/SqlServer.</summary>
public sealed class InventorySqlServerDbContext(DbContextOptions<InventorySqlServerDbContext> options) : InventoryDbContext(options);
