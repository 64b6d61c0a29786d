using Microsoft.Extensions.Logging;
using Returns.Hosting.Logging;

namespace Returns.Tests.Telemetry;

public sealed class MaskingJsonConsoleFormatterSpecs
{
    private readonly FormattedLogs logs = new();

    [Fact]
    public void Writes_one_JSON_line_with_the_fields_of_the_built_in_formatter()
    {
        var returnId = Guid.NewGuid();
        var logger = logs.CreateLogger("Returns.Labels");

        using (logger.BeginScope(new ReturnLogScope(returnId)))
        {
            logger.LogInformation("Return {ReturnId} has label {LabelId} after {Attempts} attempt(s)", returnId, "LBL-1", 2);
        }

        var entry = logs.Entries.ShouldHaveSingleItem();
        entry.GetProperty("LogLevel").GetString().ShouldBe("Information");
        entry.GetProperty("Category").GetString().ShouldBe("Returns.Labels");
        entry.GetProperty("Message").GetString().ShouldBe($"Return {returnId} has label LBL-1 after 2 attempt(s)");
        entry.GetProperty("State").GetProperty("LabelId").GetString().ShouldBe("LBL-1");
        entry.GetProperty("State").GetProperty("Attempts").GetInt32().ShouldBe(2);
        entry.GetProperty("Scopes")[0].GetProperty("ReturnId").GetString().ShouldBe(returnId.ToString());
        DateTimeOffset.Parse(entry.GetProperty("Timestamp").GetString()!).Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Masks_addresses_in_the_message_its_values_the_exception_and_the_scopes()
    {
        var logger = logs.CreateLogger("Returns.Notifications");
        var failure = new InvalidOperationException("Mailbox ada@example.test is full");

        using (logger.BeginScope("Writing to {To}", "ada@example.test"))
        {
            logger.LogWarning(failure, "The email to {To} failed", "ada@example.test");
        }

        var line = logs.Lines.ShouldHaveSingleItem();
        line.ShouldNotContain("ada@example.test");
        line.ShouldContain("a***@example.test");
        var entry = logs.Entries.Single();
        entry.GetProperty("Exception").GetString()!.ShouldStartWith("System.InvalidOperationException: Mailbox a***@example.test is full");
        entry.GetProperty("State").GetProperty("To").GetString().ShouldBe("a***@example.test");
    }
}
