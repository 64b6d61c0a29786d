namespace Returns.Tests.Compose;

/// <summary>The <c>${VAR}</c> / <c>$VAR</c> references compose substitutes in a value (<c>$$</c> is a literal dollar).</summary>
public static class Interpolation
{
    /// <summary>Every reference in <paramref name="text"/>, with its operator: "" (bare), ":-", "-", ":?", "?", ":+" or "+".</summary>
    public static IEnumerable<VariableReference> References(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '$' || i + 1 >= text.Length)
            {
                continue;
            }

            if (text[i + 1] == '$')
            {
                i++;
                continue;
            }

            var braced = text[i + 1] == '{';
            var start = braced ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '_' || (end > start && char.IsAsciiDigit(text[end]))))
            {
                end++;
            }

            if (end == start)
            {
                continue;
            }

            var name = text[start..end];
            var op = "";
            if (braced)
            {
                var close = ClosingBrace(text, end);
                var rest = text[end..close];
                op = rest.StartsWith(':') ? rest[..Math.Min(2, rest.Length)] : rest.Length > 0 ? rest[..1] : "";
                end = close;
            }

            yield return new VariableReference(name, op);
            if (braced)
            {
                foreach (var inner in References(text[(start + name.Length + op.Length)..end]))
                {
                    yield return inner;
                }
            }

            i = end;
        }
    }

    // Defaults may hold references of their own: ${A:-${B}}.
    private static int ClosingBrace(string text, int from)
    {
        var depth = 1;
        for (var i = from; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Unclosed '${{' in \"{text}\".");
    }
}
