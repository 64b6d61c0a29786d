using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Returns.Persistence.Modeling;

/// <summary>
/// Stores a DateTimeOffset as a UTC DateTime: SQLite cannot compare or order DateTimeOffset columns
/// (and the cleanup and recovery queries need both), while a UTC DateTime is datetime2, timestamptz
/// and sortable text on the three providers.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
