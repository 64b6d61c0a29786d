using System.Text.Json;
using Spectre.Console;

namespace Returns.Demo;

/// <summary>Prints one return's final state and its timeline as a table.</summary>
public static class OutcomePrinter
{
    public static bool Print(DemoCase demo, Guid returnId, JsonElement? status)
    {
        var state = status?.GetProperty("state").GetString() ?? "(no answer)";
        var ok = state == demo.ExpectedState;
        var colour = ok ? "green" : "red";
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(demo.Title)}[/]").LeftJustified());
        AnsiConsole.MarkupLine($"Return [blue]{returnId}[/] for {demo.OrderNumber}: [{colour}]{state}[/]{(ok ? string.Empty : $" (expected {demo.ExpectedState})")}");
        if (status is null)
        {
            return false;
        }

        if (status.Value.GetProperty("statusReason").GetString() is { Length: > 0 } reason)
        {
            AnsiConsole.MarkupLine($"Reason: {Markup.Escape(reason)}");
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("At (UTC)", "From", "To", "Event", "Actor", "Details");
        foreach (var entry in status.Value.GetProperty("timeline").EnumerateArray())
        {
            table.AddRow(
                entry.GetProperty("at").GetDateTimeOffset().ToString("HH:mm:ss.fff"),
                Markup.Escape(entry.GetProperty("from").GetString() ?? ""),
                Markup.Escape(entry.GetProperty("to").GetString() ?? ""),
                Markup.Escape(entry.GetProperty("event").GetString() ?? ""),
                Markup.Escape(entry.GetProperty("actor").GetString() ?? ""),
                Markup.Escape(entry.GetProperty("details").GetString() ?? ""));
        }

        AnsiConsole.Write(table);
        return ok;
    }
}
