using Microsoft.EntityFrameworkCore;

namespace Returns.Inventory.Data;

/// <summary>The Inventory database on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class InventorySqliteDbContext(DbContextOptions<InventorySqliteDbContext> options) : InventoryDbContext(options);
