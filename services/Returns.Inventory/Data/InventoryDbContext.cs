using Returns.Persistence.Modeling;
using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;

namespace Returns.Inventory.Data;

/// <summary>
/// The Inventory service's own database: the returning rows plus the inbox/outbox, so a row and the
/// event announcing it commit together. Abstract because each provider has a subclass carrying its migrations.
/// </summary>
public abstract class InventoryDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ReturningItem> ReturningItems => Set<ReturningItem>();

    // Stored as UTC date-times: the same portable column type on every provider (no datetimeoffset).
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var item = modelBuilder.Entity<ReturningItem>();
        item.ToTable("ReturningItems");
        item.HasKey(i => i.Id);
        item.Property(i => i.Id).ValueGeneratedOnAdd();
        item.Property(i => i.Sku).HasMaxLength(64);
        // Stored as text so the table reads plainly in any SQL tool.
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        item.HasIndex(i => i.ReturnId).HasDatabaseName("IX_ReturningItems_ReturnId");

        modelBuilder.AddInboxOutboxEntities();
    }
}
