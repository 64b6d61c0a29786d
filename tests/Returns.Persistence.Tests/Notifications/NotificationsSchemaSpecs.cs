using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Returns.Notifications.Data.DesignTime;

namespace Returns.Persistence.Tests.Notifications;

/// <summary>The Notifications database: only the inbox/outbox, with migrations per provider that match the model.</summary>
public sealed class NotificationsSchemaSpecs
{
    [Fact]
    public void Every_provider_has_migrations_that_match_the_model()
    {
        DbContext[] contexts =
        [
            new NotificationsSqliteDesignTimeFactory().CreateDbContext([]),
            new NotificationsPostgreSqlDesignTimeFactory().CreateDbContext([]),
            new NotificationsSqlServerDesignTimeFactory().CreateDbContext([]),
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
        using var context = new NotificationsSqlServerDesignTimeFactory().CreateDbContext([]);

        var script = context.GetService<IMigrator>().GenerateScript();

        script.ShouldContain("CREATE TABLE [InboxState]");
        script.ShouldContain("CREATE TABLE [OutboxMessage]");
        script.ShouldContain("CREATE TABLE [OutboxState]");
        System.Text.RegularExpressions.Regex.Matches(script, @"CREATE TABLE \[(?!__EFMigrationsHistory)").Count.ShouldBe(3);
        script.ShouldNotContain("datetimeoffset");
    }
}
