using System.Security.Cryptography;
using System.Text;

namespace Returns.Api.Operators;

/// <summary>
/// Finds the operator a presented key belongs to. Keys are compared as SHA-256 digests with a fixed-time
/// comparison, and every operator is compared every time, so neither the length of a key nor how much of it
/// matches nor which operator it is shows in the answer's timing.
/// </summary>
public static class OperatorKeys
{
    public const int MinKeyLength = 16;

    public static ApiOperator? Find(IEnumerable<ApiOperator> operators, string presented)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        ApiOperator? found = null;
        foreach (var candidate in operators)
        {
            var equal = CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(candidate.Key)));
            if (equal && found is null && candidate.Key.Length > 0)
            {
                found = candidate;
            }
        }

        return found;
    }

    /// <summary>What is wrong with the configured operators, naming their keys; checked at start-up.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<ApiOperator> operators)
    {
        for (var i = 0; i < operators.Count; i++)
        {
            var entry = operators[i];
            var at = $"{ApiOptions.Section}:{nameof(ApiOptions.Operators)}:{i}";
            if (string.IsNullOrWhiteSpace(entry.Name) || entry.Name.Trim().Length > 200)
            {
                yield return $"{at}:Name is required (at most 200 characters): it is the actor on the timeline.";
            }

            if (entry.Key.Length < MinKeyLength)
            {
                yield return $"{at}:Key must be at least {MinKeyLength} characters.";
            }
        }

        foreach (var name in operators.GroupBy(o => o.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"{ApiOptions.Section}:{nameof(ApiOptions.Operators)}: the name '{name.Key}' is given more than once.";
        }

        if (operators.Where(o => o.Key.Length > 0).GroupBy(o => o.Key, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            yield return $"{ApiOptions.Section}:{nameof(ApiOptions.Operators)}: two operators share a key.";
        }
    }
}
