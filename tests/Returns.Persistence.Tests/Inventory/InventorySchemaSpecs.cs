using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Returns.Inventory.Data;
using Returns.Inventory.Data.DesignTime;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Inventory;

/// <summary>The Inventory database: its SQL Server DDL, its migrations per provider, and a fresh database migrated and used.</summary>
public sealed class InventorySchemaSpecs
{
    [Fact]
    public void SqlServer_script_keys_the_returning_table_indexes_its_return_and_holds_the_inbox()
    {
        using var context = new InventorySqlServerDesignTimeFactory().CreateDbContext([]);

        var script = context.Database.GenerateCreateScript();

        script.ShouldContain("CREATE TABLE [ReturningItems] (");
        script.ShouldContain("[Id] bigint NOT NULL IDENTITY,");
        script.ShouldContain("[ReturnId] uniqueidentifier NOT NULL,");
        script.ShouldContain("[Sku] nvarchar(64) NOT NULL,");
        script.ShouldContain("[Status] nvarchar(16) NOT NULL,");
        script.ShouldContain("[MarkedAt] datetime2 NOT NULL,");
        script.ShouldContain("[RevertedAt] datetime2 NULL,");
        script.ShouldContain("CONSTRAINT [PK_ReturningItems] PRIMARY KEY ([Id])");
        script.ShouldContain("CREATE INDEX [IX_ReturningItems_ReturnId] ON [ReturningItems] ([ReturnId]);");
        script.ShouldContain("CREATE TABLE [InboxState] (");
        script.ShouldContain("CREATE UNIQUE INDEX [IX_InboxState_MessageId_ConsumerId] ON [InboxState] ([MessageId], [ConsumerId]);");
        script.ShouldContain("CREATE TABLE [OutboxMessage] (");
        script.ShouldContain("CREATE TABLE [OutboxState] (");
        script.ShouldNotContain("datetimeoffset");
    }

    [Fact]
    public void Every_provider_has_migrations_that_match_the_model()
    {
        DbContext[] contexts =
        [
            new InventorySqliteDesignTimeFactory().CreateDbContext([]),
            new InventoryPostgreSqlDesignTimeFactory().CreateDbContext([]),
            new InventorySqlServerDesignTimeFactory().CreateDbContext([]),
        ];

        foreach (var context in contexts)
        {
            using (context)
            {
                context.Database.GetMigrations().ShouldContain(id => id.EndsWith("_Initial"), context.GetType().Name);
                context.Database.HasPendingModelChanges().ShouldBeFalse($"{context.GetType().Name} has model changes without a migration");
            }
        }
    }

    [Fact]
    public void SqlServer_migration_script_creates_the_returning_table_and_the_inbox()
    {
        using var context = new InventorySqlServerDesignTimeFactory().CreateDbContext([]);

        var script = context.GetService<IMigrator>().GenerateScript();

        script.ShouldContain("CREATE TABLE [ReturningItems]");
        script.ShouldContain("CREATE TABLE [InboxState]");
        script.ShouldContain("INSERT INTO [__EFMigrationsHistory]");
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Migrations_apply_to_a_fresh_database_and_a_row_survives_a_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var services = new ServiceCollection().AddInventoryDbContext(database.Options).BuildServiceProvider();
        var returnId = Guid.NewGuid();
        var markedAt = new DateTimeOffset(2026, 11, 22, 11, 0, 0, TimeSpan.FromHours(1));

        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            (await context.Database.GetPendingMigrationsAsync()).ShouldNotBeEmpty();
            await context.Database.MigrateAsync();
            (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();

            context.ReturningItems.Add(new ReturningItem { ReturnId = returnId, Sku = "SKU-MUG", Quantity = 2, Status = ReturningItemStatus.Returning, MarkedAt = markedAt });
            await context.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            var item = await context.ReturningItems.AsNoTracking().SingleAsync(i => i.ReturnId == returnId);
            item.Sku.ShouldBe("SKU-MUG");
            item.Quantity.ShouldBe(2);
            item.Status.ShouldBe(ReturningItemStatus.Returning);
            item.MarkedAt.ShouldBe(markedAt);
            item.MarkedAt.Offset.ShouldBe(TimeSpan.Zero, "stored and read back in UTC");
            item.RevertedAt.ShouldBeNull();
            (await context.Set<InboxState>().CountAsync()).ShouldBe(0, "the inbox table exists and is empty");
            (await context.Set<OutboxMessage>().CountAsync()).ShouldBe(0, "the outbox table exists and is empty");
        }
    }
}
