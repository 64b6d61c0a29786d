using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Returns.Orchestrator.Persistence;

/// <summary>
/// Writes every instant in UTC: PostgreSQL's timestamptz accepts no other offset, and the same
/// values then compare alike on SQLite and SQL Server.
/// </summary>
public sealed class DateTimeOffsetToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
