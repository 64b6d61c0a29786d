using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Returns.Persistence.Providers;

/// <summary>
/// <c>dotnet Returns.&lt;Service&gt;.dll migrate</c>: applies the pending migrations of the service's database for the
/// configured provider and exits, 0 when the schema is current, non-zero with one line on stderr when it is not.
/// </summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    /// <summary>Runs the service; with "migrate" as the first argument, migrates its database and exits instead.</summary>
    public static async Task<int> RunOrMigrateAsync(this IHost host, string[] args)
    {
        if (args is not [Name, ..])
        {
            await host.RunAsync();
            return 0;
        }

        try
        {
            return await MigrateAsync(host.Services, Console.Error, CancellationToken.None);
        }
        finally
        {
            // As RunAsync does on its way out; it also flushes the console logger's queue.
            if (host is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
            else
            {
                host.Dispose();
            }
        }
    }

    /// <summary>Migrates every database the service registered; a failure is written to <paramref name="error"/> as one line.</summary>
    public static async Task<int> MigrateAsync(IServiceProvider services, TextWriter error, CancellationToken cancellationToken)
    {
        var migrators = services.GetServices<IDatabaseMigrator>().ToList();
        if (migrators.Count == 0)
        {
            await error.WriteLineAsync($"{Name}: this service has no database.");
            return 2;
        }

        foreach (var migrator in migrators)
        {
            try
            {
                await migrator.MigrateAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The whole exception goes to the log for whoever digs; the operator gets the reason.
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand)).LogError(e, "Migrating {Context} failed", migrator.Name);
                await error.WriteLineAsync($"{Name}: {migrator.Name} failed: {OneLine(e)}");
                return 1;
            }
        }

        return 0;
    }

    // EF Core's message, the driver's beneath it, the socket's beneath that: each once, on one line.
    private static string OneLine(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var message = string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (message.Length > 0 && !messages.Any(m => m.Contains(message, StringComparison.Ordinal)))
            {
                messages.Add(message);
            }
        }

        return string.Join("; ", messages);
    }
}
