using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Tests.Scheduling;

/// <summary>The ScheduledMessage table as SQL Server and PostgreSQL would create it (no server needed).</summary>
public sealed class ScheduledMessageDdlSpecs
{
    [Fact]
    public void SqlServer_gets_the_table_with_its_key_and_the_due_index()
    {
        var script = Script(options => options.UseSqlServer("Server=127.0.0.1;Database=ddl;User Id=sa;Password=unused;TrustServerCertificate=True"));

        script.ShouldContain("CREATE TABLE [ScheduledMessage]");
        script.ShouldContain("[TokenId] uniqueidentifier NOT NULL");
        script.ShouldContain("[DestinationAddress] nvarchar(1024) NOT NULL");
        script.ShouldContain("[DueTime] datetime2 NOT NULL");
        script.ShouldContain("[Status] nvarchar(16) NOT NULL");
        script.ShouldContain("[Body] nvarchar(max) NOT NULL");
        script.ShouldContain("[Version] int NOT NULL");
        script.ShouldContain("CONSTRAINT [PK_ScheduledMessage] PRIMARY KEY ([TokenId])");
        script.ShouldContain("CREATE INDEX [IX_ScheduledMessage_Status_DueTime] ON [ScheduledMessage] ([Status], [DueTime]);");
    }

    [Fact]
    public void PostgreSql_keeps_times_as_timestamptz()
    {
        var script = Script(options => options.UseNpgsql("Host=127.0.0.1;Database=ddl"));

        script.ShouldContain("\"DueTime\" timestamp with time zone NOT NULL");
        script.ShouldContain("\"LockedUntil\" timestamp with time zone");
        script.ShouldContain("CONSTRAINT \"PK_ScheduledMessage\" PRIMARY KEY (\"TokenId\")");
        script.ShouldContain("CREATE INDEX \"IX_ScheduledMessage_Status_DueTime\" ON \"ScheduledMessage\" (\"Status\", \"DueTime\");");
    }

    private static string Script(Action<DbContextOptionsBuilder<SchedulerDbContext>> provider)
    {
        var options = new DbContextOptionsBuilder<SchedulerDbContext>();
        provider(options);
        using var context = new SchedulerDbContext(options.Options);
        return context.Database.GenerateCreateScript();
    }
}
