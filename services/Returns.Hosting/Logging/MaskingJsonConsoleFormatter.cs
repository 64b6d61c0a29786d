using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Returns.Hosting.Logging;

/// <summary>
/// The JSON console format (the fields of the built-in "json" formatter: Timestamp, EventId, LogLevel, Category,
/// Message, Exception, State, Scopes) with every string passed through <see cref="LogRedaction"/> first. The
/// built-in formatter cannot be wrapped (it is internal), so this writes the same shape itself.
/// </summary>
public sealed class MaskingJsonConsoleFormatter(IOptionsMonitor<JsonConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "returns-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (logEntry.Exception is null && string.IsNullOrEmpty(message))
        {
            return;
        }

        // The personal data of the message being handled, from its ReturnLogScope, masked in every string below.
        var known = new List<string>();
        scopeProvider?.ForEachScope((scope, found) =>
        {
            if (scope is ReturnLogScope { PersonalData: { Count: > 0 } values })
            {
                found.AddRange(values);
            }
        }, known);

        var settings = options.CurrentValue;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, settings.JsonWriterOptions))
        {
            json.WriteStartObject();
            if (settings.TimestampFormat is { } format)
            {
                var now = settings.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
                json.WriteString("Timestamp", now.ToString(format));
            }

            json.WriteNumber("EventId", logEntry.EventId.Id);
            json.WriteString("LogLevel", logEntry.LogLevel.ToString());
            json.WriteString("Category", logEntry.Category);
            json.WriteString("Message", LogRedaction.Mask(message, known));
            if (logEntry.Exception is not null)
            {
                json.WriteString("Exception", LogRedaction.Mask(logEntry.Exception.ToString(), known));
            }

            if (logEntry.State is IReadOnlyList<KeyValuePair<string, object?>> state)
            {
                json.WriteStartObject("State");
                json.WriteString("Message", LogRedaction.Mask(logEntry.State.ToString() ?? string.Empty, known));
                WriteProperties(json, state, known);
                json.WriteEndObject();
            }

            if (settings.IncludeScopes && scopeProvider is not null)
            {
                json.WriteStartArray("Scopes");
                scopeProvider.ForEachScope((scope, writer) => WriteScope(scope, writer, known), json);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        textWriter.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        textWriter.Write(Environment.NewLine);
    }

    private static void WriteScope(object? scope, Utf8JsonWriter json, List<string> known)
    {
        if (scope is IEnumerable<KeyValuePair<string, object?>> properties)
        {
            json.WriteStartObject();
            json.WriteString("Message", LogRedaction.Mask(scope.ToString() ?? string.Empty, known));
            WriteProperties(json, properties, known);
            json.WriteEndObject();
        }
        else
        {
            json.WriteStringValue(LogRedaction.Mask(scope?.ToString() ?? string.Empty, known));
        }
    }

    private static void WriteProperties(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, object?>> properties, List<string> known)
    {
        foreach (var (key, value) in properties)
        {
            switch (value)
            {
                case null:
                    json.WriteNull(key);
                    break;
                case bool flag:
                    json.WriteBoolean(key, flag);
                    break;
                case int or long or short or byte or uint or ushort or sbyte:
                    json.WriteNumber(key, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case decimal number:
                    json.WriteNumber(key, number);
                    break;
                case double or float when double.IsFinite(Convert.ToDouble(value, CultureInfo.InvariantCulture)):
                    json.WriteNumber(key, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                    break;
                default:
                    json.WriteString(key, LogRedaction.Mask(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, known));
                    break;
            }
        }
    }
}
