using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts.Model;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.Persistence.DesignTime;
using Returns.Orchestrator.StateMachines;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Scheduling;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Sagas;

/// <summary>The orchestrator's saga, inbox/outbox and schedule tables: their SQL Server DDL, its migrations per provider, and a round trip of a full return.</summary>
public sealed class ReturnStateSchemaSpecs
{
    [Fact]
    public void SqlServer_script_keys_the_saga_table_and_bounds_its_indexed_strings()
    {
        using var context = new OrchestratorSqlServerDesignTimeFactory().CreateDbContext([]);

        var script = context.Database.GenerateCreateScript();

        script.ShouldContain("CREATE TABLE [ReturnStates] (");
        script.ShouldContain("[CorrelationId] uniqueidentifier NOT NULL,");
        script.ShouldContain("CONSTRAINT [PK_ReturnStates] PRIMARY KEY ([CorrelationId])");
        script.ShouldContain("[CurrentState] nvarchar(64) NOT NULL,");
        script.ShouldContain("[OrderNumber] nvarchar(64) NOT NULL,");
        script.ShouldContain("[Version] int NOT NULL,");
        script.ShouldContain("[Timeline] nvarchar(max) NOT NULL,");
        script.ShouldContain("[RefundAmount] decimal(19,4) NULL,");
        script.ShouldContain("[RequestedAt] datetimeoffset NOT NULL,");
        script.ShouldContain("CREATE INDEX [IX_ReturnStates_CurrentState] ON [ReturnStates] ([CurrentState]);");
        script.ShouldContain("CREATE INDEX [IX_ReturnStates_OrderNumber] ON [ReturnStates] ([OrderNumber]);");
    }

    [Fact]
    public void SqlServer_script_keys_the_inbox_outbox_and_schedule_tables_of_the_same_database()
    {
        using var context = new OrchestratorSqlServerDesignTimeFactory().CreateDbContext([]);

        var script = context.Database.GenerateCreateScript();

        script.ShouldContain("CREATE TABLE [InboxState] (");
        script.ShouldContain("CONSTRAINT [PK_InboxState] PRIMARY KEY ([Id])");
        script.ShouldContain("CREATE UNIQUE INDEX [IX_InboxState_MessageId_ConsumerId] ON [InboxState] ([MessageId], [ConsumerId]);");
        script.ShouldContain("CREATE TABLE [OutboxMessage] (");
        script.ShouldContain("CONSTRAINT [PK_OutboxMessage] PRIMARY KEY ([SequenceNumber])");
        script.ShouldContain("CREATE TABLE [OutboxState] (");
        script.ShouldContain("CONSTRAINT [PK_OutboxState] PRIMARY KEY ([OutboxId])");
        script.ShouldContain("CREATE TABLE [ScheduledMessage] (");
        script.ShouldContain("CONSTRAINT [PK_ScheduledMessage] PRIMARY KEY ([TokenId])");
        script.ShouldContain("CREATE INDEX [IX_ScheduledMessage_Status_DueTime] ON [ScheduledMessage]");
    }

    [Fact]
    public void Every_provider_has_migrations_that_match_the_model()
    {
        DbContext[] contexts =
        [
            new OrchestratorSqliteDesignTimeFactory().CreateDbContext([]),
            new OrchestratorPostgreSqlDesignTimeFactory().CreateDbContext([]),
            new OrchestratorSqlServerDesignTimeFactory().CreateDbContext([]),
        ];

        foreach (var context in contexts)
        {
            using (context)
            {
                context.Database.GetMigrations().ShouldContain(id => id.EndsWith("_Initial"), context.GetType().Name);
                context.Database.GetMigrations().ShouldContain(id => id.EndsWith("_InboxOutboxAndSchedule"), context.GetType().Name);
                context.Database.HasPendingModelChanges().ShouldBeFalse($"{context.GetType().Name} has model changes without a migration");
            }
        }
    }

    [Fact]
    public void SqlServer_migration_script_creates_the_saga_inbox_outbox_and_schedule_tables()
    {
        using var context = new OrchestratorSqlServerDesignTimeFactory().CreateDbContext([]);

        var script = context.GetService<IMigrator>().GenerateScript();

        script.ShouldContain("CREATE TABLE [ReturnStates]");
        script.ShouldContain("CREATE TABLE [InboxState]");
        script.ShouldContain("CREATE TABLE [OutboxMessage]");
        script.ShouldContain("CREATE TABLE [OutboxState]");
        script.ShouldContain("CREATE TABLE [ScheduledMessage]");
        script.ShouldContain("INSERT INTO [__EFMigrationsHistory]");
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Migrations_apply_to_a_fresh_database_and_a_return_survives_a_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var services = new ServiceCollection().AddOrchestratorDbContext(database.Options).BuildServiceProvider();
        var id = Guid.NewGuid();

        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            (await context.Database.GetPendingMigrationsAsync()).ShouldNotBeEmpty();
            await context.Database.MigrateAsync();
            (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();

            context.ReturnStates.Add(SampleReturn(id));
            await context.SaveChangesAsync();

            // The migrated tables answer queries through the model: same names and columns.
            (await context.Set<InboxState>().CountAsync()).ShouldBe(0);
            (await context.Set<OutboxMessage>().CountAsync()).ShouldBe(0);
            (await context.Set<OutboxState>().CountAsync()).ShouldBe(0);
            (await context.Set<ScheduledMessageRow>().CountAsync()).ShouldBe(0);
        }

        // A list changed in place must be noticed: the JSON columns compare by content.
        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            var saga = await context.ReturnStates.SingleAsync(s => s.CorrelationId == id);
            saga.Timeline.Add(new TimelineEntry(Noon, "Validating", "CheckingEligibility", "OrderValidated", null, "1 line(s)"));
            saga.CompletedSteps.Add("create-return-label");
            (await context.SaveChangesAsync()).ShouldBe(1);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var saga = await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().ReturnStates.AsNoTracking().SingleAsync(s => s.CorrelationId == id);
            saga.CurrentState.ShouldBe("Validating");
            saga.OrderNumber.ShouldBe("ORD-1001");
            saga.RequestedLines.ShouldBe([new ReturnLine("SKU-MUG", 2)]);
            saga.Order!.Customer.Email.ShouldBe("ada@example.test");
            saga.Order.Lines.Single().UnitPrice.ShouldBe(12.50m);
            saga.RefundAmount.ShouldBe(25.00m);
            saga.CompletedSteps.ShouldBe(["create-return-label"]);
            saga.Timeline.Select(e => e.Event).ShouldBe(["ReturnRequested", "OrderValidated"]);
            // Stored in UTC (PostgreSQL's timestamptz takes no other offset): the same instant comes back.
            saga.RequestedAt.ShouldBe(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(2)));
            saga.RequestedAt.Offset.ShouldBe(TimeSpan.Zero);
        }
    }

    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static ReturnState SampleReturn(Guid id) => new()
    {
        CorrelationId = id,
        CurrentState = "Validating",
        OrderNumber = "ORD-1001",
        Reason = "Too small",
        RequestedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(2)),
        UpdatedAt = Noon,
        RequestedLines = [new ReturnLine("SKU-MUG", 2)],
        Order = new OrderSnapshot(
            "ORD-1001",
            new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero),
            "EUR",
            new Customer("Ada Lovelace", "ada@example.test"),
            new Address("12 St James's Square", null, "London", "SW1Y 4JH", "GB"),
            [new OrderLine("SKU-MUG", "Mug", 2, 12.50m, false)]),
        RefundAmount = 25.00m,
        Timeline = [new TimelineEntry(Noon, "Initial", "Validating", "ReturnRequested", null, "Order ORD-1001: Too small")],
    };
}
