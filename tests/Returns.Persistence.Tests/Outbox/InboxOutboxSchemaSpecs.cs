using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>SQL Server has no server here: its schema and lock statements are checked from the generated SQL.</summary>
public sealed class InboxOutboxSchemaSpecs
{
    [Fact]
    public void The_SQL_Server_script_has_the_keys_the_unique_inbox_index_and_portable_types()
    {
        using var db = Context(DatabaseProvider.SqlServer);

        var script = db.Database.GenerateCreateScript();

        script.ShouldContain("CONSTRAINT [PK_InboxState] PRIMARY KEY ([Id])");
        script.ShouldContain("[Id] bigint NOT NULL IDENTITY");
        script.ShouldContain("CREATE UNIQUE INDEX [IX_InboxState_MessageId_ConsumerId] ON [InboxState] ([MessageId], [ConsumerId]);");
        script.ShouldContain("[MessageId] uniqueidentifier NOT NULL");
        script.ShouldContain("[Received] datetime2 NOT NULL");
        script.ShouldContain("[Version] int NOT NULL");

        script.ShouldContain("CONSTRAINT [PK_OutboxMessage] PRIMARY KEY ([SequenceNumber])");
        script.ShouldContain("[SequenceNumber] bigint NOT NULL IDENTITY");
        script.ShouldContain("[IX_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber] ON [OutboxMessage] ([InboxMessageId], [InboxConsumerId], [SequenceNumber])");
        script.ShouldContain("[IX_OutboxMessage_OutboxId_SequenceNumber] ON [OutboxMessage] ([OutboxId], [SequenceNumber])");
        script.ShouldContain("[DestinationAddress] nvarchar(1000) NULL");
        script.ShouldContain("[ContentType] nvarchar(256) NOT NULL");
        script.ShouldContain("[Body] nvarchar(max) NOT NULL");

        script.ShouldContain("CONSTRAINT [PK_OutboxState] PRIMARY KEY ([OutboxId])");
        script.ShouldContain("CREATE INDEX [IX_OutboxState_Delivered_Created] ON [OutboxState] ([Delivered], [Created]);");
        script.ShouldNotContain("rowversion");
        script.ShouldNotContain("datetimeoffset");
    }

    [Fact]
    public void Inbox_rows_are_read_under_a_row_lock_on_SQL_Server_and_PostgreSQL()
    {
        using var sqlServer = Context(DatabaseProvider.SqlServer);
        using var postgres = Context(DatabaseProvider.PostgreSql);

        RowLockStatements.For(sqlServer).Inbox.ShouldBe("SELECT * FROM [InboxState] WITH (UPDLOCK, ROWLOCK) WHERE [MessageId] = {0} AND [ConsumerId] = {1}");
        RowLockStatements.For(sqlServer).OldestOutbox.ShouldContain("WITH (UPDLOCK, ROWLOCK, READPAST)");
        RowLockStatements.For(postgres).Inbox.ShouldBe("SELECT * FROM \"InboxState\" WHERE \"MessageId\" = {0} AND \"ConsumerId\" = {1} FOR UPDATE");
        RowLockStatements.For(postgres).OldestOutbox.ShouldEndWith("FOR UPDATE SKIP LOCKED");
    }

    private static NotesDbContext Context(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<NotesDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = provider, ConnectionString = "Server=127.0.0.1;Database=ddl-only" });
        return new NotesDbContext(options.Options);
    }
}
