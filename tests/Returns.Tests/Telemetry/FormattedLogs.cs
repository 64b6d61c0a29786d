using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Returns.Hosting.Logging;

namespace Returns.Tests.Telemetry;

/// <summary>A logger provider that writes each entry with the services' own console formatter, keeping the lines: what a service would print.</summary>
public sealed class FormattedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly MaskingJsonConsoleFormatter formatter = new(new FixedOptions());
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines;

    /// <summary>Every line as JSON.</summary>
    public IEnumerable<JsonElement> Entries => lines.Select(line => JsonDocument.Parse(line).RootElement);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(FormattedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            using var writer = new StringWriter();
            owner.formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), owner.scopes, writer);
            if (writer.ToString().Trim() is { Length: > 0 } line)
            {
                owner.lines.Enqueue(line);
            }
        }
    }

    private sealed class FixedOptions : IOptionsMonitor<JsonConsoleFormatterOptions>
    {
        public JsonConsoleFormatterOptions CurrentValue { get; } = new() { IncludeScopes = true, TimestampFormat = "O", UseUtcTimestamp = true };

        public JsonConsoleFormatterOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<JsonConsoleFormatterOptions, string?> listener) => null;
    }
}
