using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Returns.Persistence.Outbox;

/// <summary>
/// The SELECTs that take a row lock inside the current transaction, per provider: SQL Server
/// UPDLOCK/ROWLOCK (READPAST to skip rows another replica holds), PostgreSQL FOR UPDATE (SKIP LOCKED).
/// SQLite has no row locks: its transactions begin IMMEDIATE and hold the database's write lock,
/// and every update also checks the row's Version. Run them as they are (ToList, not composed
/// into a bigger query), so the lock clause stays at the top level.
/// </summary>
public sealed class RowLockStatements
{
    private static readonly ConcurrentDictionary<(Type, string?), RowLockStatements> Cache = new();

    private RowLockStatements(string inbox, string inboxSkipLocked, string oldestOutbox)
    {
        Inbox = inbox;
        InboxSkipLocked = inboxSkipLocked;
        OldestOutbox = oldestOutbox;
    }

    /// <summary>The inbox row of {0} = MessageId, {1} = ConsumerId, waiting for its lock.</summary>
    public string Inbox { get; }

    /// <summary>The same row, or nothing when another transaction holds it.</summary>
    public string InboxSkipLocked { get; }

    /// <summary>The oldest undelivered bus-outbox batch no other transaction holds.</summary>
    public string OldestOutbox { get; }

    public static RowLockStatements For(DbContext db) =>
        Cache.GetOrAdd((db.GetType(), db.Database.ProviderName), _ => Build(db));

    private static RowLockStatements Build(DbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var (inbox, messageId, consumerId) = Names<InboxState>(db, sql, nameof(InboxState.MessageId), nameof(InboxState.ConsumerId));
        var (outbox, created, delivered) = Names<OutboxState>(db, sql, nameof(OutboxState.Created), nameof(OutboxState.Delivered));
        var where = $"WHERE {messageId} = {{0}} AND {consumerId} = {{1}}";
        var waiting = $"WHERE {delivered} IS NULL ORDER BY {created}";

        if (db.Database.IsSqlServer())
        {
            return new RowLockStatements(
                $"SELECT * FROM {inbox} WITH (UPDLOCK, ROWLOCK) {where}",
                $"SELECT * FROM {inbox} WITH (UPDLOCK, ROWLOCK, READPAST) {where}",
                $"SELECT TOP 1 * FROM {outbox} WITH (UPDLOCK, ROWLOCK, READPAST) {waiting}");
        }

        if (db.Database.IsNpgsql())
        {
            return new RowLockStatements(
                $"SELECT * FROM {inbox} {where} FOR UPDATE",
                $"SELECT * FROM {inbox} {where} FOR UPDATE SKIP LOCKED",
                $"SELECT * FROM {outbox} {waiting} LIMIT 1 FOR UPDATE SKIP LOCKED");
        }

        return new RowLockStatements(
            $"SELECT * FROM {inbox} {where}",
            $"SELECT * FROM {inbox} {where}",
            $"SELECT * FROM {outbox} {waiting} LIMIT 1");
    }

    private static (string Table, string First, string Second) Names<T>(DbContext db, ISqlGenerationHelper sql, string first, string second)
    {
        var entity = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in {db.GetType().Name}'s model: call modelBuilder.AddInboxOutboxEntities() in OnModelCreating.");
        var table = entity.GetTableName()!;
        var schema = entity.GetSchema();
        var store = StoreObjectIdentifier.Table(table, schema);
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(store)!);
        return (sql.DelimitIdentifier(table, schema), Column(first), Column(second));
    }
}
