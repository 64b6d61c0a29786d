using Returns.Demo;
using System.Net.Http.Headers;
using Spectre.Console;

// Usage: Returns.Demo <api-url> <sandbox-url> [health-url ...]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Returns.Demo <api-url> <sandbox-url> [health-url ...]");
    return 2;
}

// Piped into a log or CI output there is no terminal width to follow; give the timeline room.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 160;
}

var apiUrl = new Uri(args[0]);
var sandboxUrl = new Uri(args[1]);
var notReady = await HealthWaiter.WaitFor(args.Skip(2).Select(a => new Uri(a)), TimeSpan.FromSeconds(120));
if (notReady.Count > 0)
{
    AnsiConsole.MarkupLine($"[red]Not ready after 120 s:[/] {Markup.Escape(string.Join(", ", notReady))} (see .run/logs/)");
    return 1;
}

using var api = new HttpClient { BaseAddress = apiUrl, Timeout = TimeSpan.FromSeconds(30) };
// Submitting is an operator's write: the key infra/run.sh gives the API (its dev default when run alone).
const string devOperatorKey = "dev-operator-key-not-a-secret";
var operatorKey = Environment.GetEnvironmentVariable("RETURNS_OPERATOR_KEY") is { Length: > 0 } key ? key : devOperatorKey;
// A key of your own is not printed: the curl below names the variable instead.
var shownKey = operatorKey == devOperatorKey ? devOperatorKey : "$RETURNS_OPERATOR_KEY";
api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", operatorKey);
using var sandbox = new HttpClient { BaseAddress = sandboxUrl, Timeout = TimeSpan.FromSeconds(30) };
var client = new ReturnsApiClient(api, sandbox);

await client.RefuseRefundsFor(DemoCases.RefusedRefundOrder);
var submitted = new List<(DemoCase Demo, Guid Id)>();
foreach (var demo in DemoCases.All)
{
    submitted.Add((demo, await client.Submit(demo)));
}

var allAsExpected = true;
foreach (var (demo, id) in submitted)
{
    var status = await client.WaitUntilSettled(id, TimeSpan.FromSeconds(60));
    allAsExpected &= OutcomePrinter.Print(demo, id, status);
    if (demo.ExpectedState == "AwaitingApproval")
    {
        AnsiConsole.MarkupLine($"Approve it with: [grey]curl -X POST {apiUrl}returns/{id}/approve -H \"Authorization: Bearer {shownKey}\" -H 'Content-Type: application/json' -d '{{\"reason\":\"why\"}}'[/]");
    }
}

return allAsExpected ? 0 : 1;
