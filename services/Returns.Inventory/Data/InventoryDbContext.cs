using Microsoft.EntityFrameworkCore;

namespace Returns.Inventory.Data;

/// <summary>The Inventory service's own database.</summary>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : DbContext(options)
{
    public DbSet<ReturningItem> ReturningItems => Set<ReturningItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var item = modelBuilder.Entity<ReturningItem>();
        item.ToTable("ReturningItems");
        item.Property(i => i.Sku).HasMaxLength(64);
        // Stored as text so the table reads plainly in any SQL tool.
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        item.HasIndex(i => i.ReturnId);
    }
}
