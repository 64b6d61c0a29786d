using System.Collections;
using System.Reflection;

namespace Returns.Tests.Compose;

/// <summary>The configuration keys an options type binds from under a prefix, "*" standing for a collection's index or key.</summary>
public static class OptionsKeys
{
    public const string Any = "*";
    public const string Rest = "**";

    public static IEnumerable<string[]> Of(Type options, string[] prefix) => PropertyKeys(options, prefix, depth: 0);

    // What the configuration binder can fill: scalars by name, collections by index or key, objects by their properties.
    private static IEnumerable<string[]> PropertyKeys(Type type, string[] prefix, int depth)
    {
        if (depth > 5)
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0))
        {
            // The binder sets a scalar through its setter, but fills an object or collection it finds in place.
            if (IsScalar(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) && property.SetMethod?.IsPublic != true)
            {
                continue;
            }

            foreach (var key in ValueKeys(property.PropertyType, [.. prefix, property.Name], depth))
            {
                yield return key;
            }
        }
    }

    private static IEnumerable<string[]> ValueKeys(Type type, string[] key, int depth)
    {
        var valueType = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(valueType))
        {
            return [key];
        }

        if (valueType.IsArray)
        {
            return ValueKeys(valueType.GetElementType()!, [.. key, Any], depth + 1);
        }

        if (typeof(IEnumerable).IsAssignableFrom(valueType) && valueType.IsGenericType)
        {
            // A dictionary's value is its last type argument, a list's its only one; either way one segment more.
            return ValueKeys(valueType.GetGenericArguments()[^1], [.. key, Any], depth + 1);
        }

        return PropertyKeys(valueType, key, depth + 1);
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri);
}
