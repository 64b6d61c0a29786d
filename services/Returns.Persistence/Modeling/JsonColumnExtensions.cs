using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Returns.Persistence.Modeling;

/// <summary>Stores a value as JSON text: a plain string column, the same on SQLite, PostgreSQL and SQL Server.</summary>
public static class JsonColumnExtensions
{
    // Rows written with these options must stay readable: change them only with a data migration.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Converts the property to JSON, and compares by JSON so EF Core notices a list changed in place
    /// (an Add to the timeline) as well as a new value.
    /// </summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        var converter = new ValueConverter<T, string>(value => Serialize(value), json => Deserialize<T>(json));
        var comparer = new ValueComparer<T>(
            (left, right) => Serialize(left) == Serialize(right),
            value => Serialize(value).GetHashCode(),
            value => Deserialize<T>(Serialize(value)));
        return property.HasConversion(converter, comparer);
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;
}
