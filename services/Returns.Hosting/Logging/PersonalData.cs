using System.Reflection;
using MassTransit;
using Returns.Contracts.Model;

namespace Returns.Hosting.Logging;

/// <summary>
/// The email and street addresses a message carries (a Customer's Email, an Address's street lines, however deep
/// in the message's contract records, a Fault's message included), found once per message type. The log scope of
/// the message hands them to the formatter, which masks them wherever they turn up: a carrier's refusal that
/// quotes the street, an exception that prints the address.
/// </summary>
public static class PersonalData<T>
    where T : class
{
    private static readonly Func<object, IEnumerable<string?>>[] Readers = ReadersFor(typeof(T), depth: 0).ToArray();

    public static IReadOnlyList<string> Of(T message)
    {
        if (Readers.Length == 0)
        {
            return [];
        }

        return Readers.SelectMany(read => read(message))
            .Where(value => !string.IsNullOrWhiteSpace(value) && value.Trim().Length >= 4)
            .Select(value => value!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    private static IEnumerable<Func<object, IEnumerable<string?>>> ReadersFor(Type type, int depth)
    {
        if (type == typeof(Customer))
        {
            yield return owner => [((Customer)owner).Email];
            yield break;
        }

        if (type == typeof(Address))
        {
            yield return owner => [((Address)owner).Line1, ((Address)owner).Line2];
            yield break;
        }

        if (depth > 3)
        {
            yield break;
        }

        foreach (var property in Properties(type))
        {
            foreach (var inner in ReadersFor(property.PropertyType, depth + 1))
            {
                yield return owner => property.GetValue(owner) is { } value ? inner(value) : [];
            }
        }
    }

    // Our contract records, and the message a Fault<T> wraps; nothing else is walked (strings, lists of lines, headers).
    private static IEnumerable<PropertyInfo> Properties(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Fault<>))
        {
            return [type.GetProperty(nameof(Fault<object>.Message))!];
        }

        return type.Assembly == typeof(Address).Assembly && type.IsClass
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
            : [];
    }
}
