using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Returns.Contracts;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Labels;
using Returns.Labels.Carrier;
using Returns.Tests.Labels;
using Returns.Tests.Support;

namespace Returns.Tests.Telemetry;

/// <summary>What a step service prints while it handles a message: the labels consumer on the harness, its logs written by the services' formatter.</summary>
public sealed class ConsumerLogSpecs : IAsyncLifetime
{
    private const string Email = "ada.lovelace@example.test";
    private static readonly Address Home = new("12 St James's Square", "Flat 3", "London", "SW1Y 4JH", "GB");

    private readonly StubHttpHandler carrier = new();
    private readonly FormattedLogs logs = new();
    private readonly Guid returnId = Guid.NewGuid();
    private ConsumerHarness bus = null!;

    public async Task InitializeAsync() =>
        bus = await ConsumerHarness.StartAsync(
            b => b.AddLabelsConsumers(),
            services => services
                .AddLogging(logging => logging.AddProvider(logs))
                .AddSingleton<ICarrierApi>(new CarrierApiClient(carrier.CreateClient())));

    public async Task DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task Every_line_written_while_a_message_is_handled_names_its_return()
    {
        carrier.IssuingLabels();

        await Create();
        await bus.PublishedAsync<ReturnLabelCreated>(m => m.ReturnId == returnId);

        var line = LinesAbout("has label").ShouldHaveSingleItem();
        line.GetProperty("Scopes").EnumerateArray()
            .Any(scope => scope.ValueKind == JsonValueKind.Object
                && scope.TryGetProperty("ReturnId", out var id) && id.GetString() == returnId.ToString())
            .ShouldBeTrue($"no ReturnId scope in {line}");
    }

    [Fact]
    public async Task A_carrier_refusal_that_quotes_the_customer_is_logged_without_their_street_or_email()
    {
        // A careless carrier echoing what it was sent; the consumer logs its reason as given.
        carrier.RespondProblem(HttpMethod.Post, "/carrier/labels", HttpStatusCode.UnprocessableEntity,
            $"No pick-up at 12 ST JAMES'S SQUARE, Flat 3 (contact {Email})");

        await Create();
        await bus.PublishedAsync<ReturnLabelFailed>(m => m.ReturnId == returnId);

        var refusal = LinesAbout("refused a label").ShouldHaveSingleItem();
        refusal.GetProperty("Message").GetString().ShouldBe($"Carrier refused a label for return {returnId}: No pick-up at ***, *** (contact a***@example.test)");
        foreach (var text in logs.Entries.SelectMany(Strings))
        {
            text.ShouldNotContain("James", Case.Insensitive);
            text.ShouldNotContain("Flat 3", Case.Insensitive);
            text.ShouldNotContain(Email, Case.Insensitive);
        }
    }

    private Task Create() => bus.SendAsync(ReturnQueues.CreateReturnLabel,
        new CreateReturnLabel(returnId, "ORD-1001", new Customer("Ada Lovelace", Email), Home, 3));

    private List<JsonElement> LinesAbout(string text) =>
        logs.Entries.Where(e => e.GetProperty("Message").GetString()!.Contains(text) && e.GetProperty("Message").GetString()!.Contains(returnId.ToString())).ToList();

    /// <summary>Every string in a JSON log line, decoded (the writer escapes an apostrophe, so the raw line would hide a leak).</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
