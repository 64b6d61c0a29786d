using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;
using Returns.Labels.Data;
using Returns.Labels.Data.DesignTime;

namespace Returns.Persistence.Tests.Labels;

/// <summary>The Labels database: only the inbox/outbox, with migrations per provider that match the model.</summary>
public sealed class LabelsSchemaSpecs
{
    [Fact]
    public void Every_provider_has_migrations_that_match_the_model()
    {
        DbContext[] contexts =
        [
            new LabelsSqliteDesignTimeFactory().CreateDbContext([]),
            new LabelsPostgreSqlDesignTimeFactory().CreateDbContext([]),
            new LabelsSqlServerDesignTimeFactory().CreateDbContext([]),
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
    public void SqlServer_migration_script_creates_the_inbox_and_outbox_and_nothing_else()
    {
        using var context = new LabelsSqlServerDesignTimeFactory().CreateDbContext([]);

        var script = context.GetService<IMigrator>().GenerateScript();

        script.ShouldContain("CREATE TABLE [InboxState]");
        script.ShouldContain("CREATE TABLE [OutboxMessage]");
        script.ShouldContain("CREATE TABLE [OutboxState]");
        System.Text.RegularExpressions.Regex.Matches(script, @"CREATE TABLE \[(?!__EFMigrationsHistory)").Count.ShouldBe(3);
        script.ShouldNotContain("datetimeoffset");
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Migrations_apply_to_a_fresh_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var services = new ServiceCollection().AddLabelsDbContext(database.Options).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<LabelsDbContext>();

        await context.Database.MigrateAsync();

        (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await context.Set<InboxState>().CountAsync()).ShouldBe(0, "the inbox table exists and is empty");
        (await context.Set<OutboxMessage>().CountAsync()).ShouldBe(0, "the outbox table exists and is empty");
    }
}
