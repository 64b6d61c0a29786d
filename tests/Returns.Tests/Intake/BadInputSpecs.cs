using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Model;

namespace Returns.Tests.Intake;

/// <summary>
/// Bad input at every door, one row per case: the HTTP API answers a ProblemDetails with the status and the
/// field or reason; a plain-JSON message on an intake queue faults into its _error queue with the reason; a
/// request that gets through a door but cannot become a return ends Rejected with the reason on its
/// timeline. Rows may name <c>{known}</c>, a return already accepted (in CreatingLabel), which must come out
/// of every row unchanged, and <c>{new}</c>, an id nobody has used.
/// </summary>
public sealed class BadInputSpecs(IntakeApiFactory factory) : IClassFixture<IntakeApiFactory>
{
    private const string Json = "application/json";

    public static TheoryData<string, string, string, string, string, int, string> HttpRows => new()
    {
        { "order number missing", "POST", "/returns", """{"reason":"Too small"}""", Json, 400, "orderNumber" },
        { "order number blank", "POST", "/returns", """{"orderNumber":"   ","reason":"Too small"}""", Json, 400, "orderNumber" },
        { "order number too long", "POST", "/returns", """{"orderNumber":"{long order}","reason":"Too small"}""", Json, 400, "orderNumber" },
        { "reason missing", "POST", "/returns", """{"orderNumber":"ORD-1001"}""", Json, 400, "reason" },
        { "a line that is null", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"x","lines":[null]}""", Json, 400, "lines[0].sku" },
        { "quantity zero", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"x","lines":[{"sku":"SKU-MUG","quantity":0}]}""", Json, 400, "lines[0].quantity" },
        { "quantity negative", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"x","lines":[{"sku":"SKU-MUG","quantity":-2}]}""", Json, 400, "lines[0].quantity" },
        { "quantity above 1000", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"x","lines":[{"sku":"SKU-MUG","quantity":1001}]}""", Json, 400, "lines[0].quantity" },
        { "quantity beyond any whole number", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"x","lines":[{"sku":"SKU-MUG","quantity":2147483648}]}""", Json, 400, "could not be read" },
        { "quantity as text", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"x","lines":[{"sku":"SKU-MUG","quantity":"two"}]}""", Json, 400, "could not be read" },
        { "SKU blank", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"x","lines":[{"sku":" ","quantity":1}]}""", Json, 400, "lines[0].sku" },
        { "SKU listed twice", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"x","lines":[{"sku":"SKU-MUG","quantity":1},{"sku":"sku-mug","quantity":1}]}""", Json, 400, "lines" },
        { "more than 100 lines", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"x","lines":{101 lines}}""", Json, 400, "lines" },
        { "malformed JSON", "POST", "/returns", """{ "orderNumber": "ORD-1001", """, Json, 400, "could not be read" },
        { "body is an array", "POST", "/returns", "[]", Json, 400, "could not be read" },
        { "empty body", "POST", "/returns", "", Json, 400, "could not be read" },
        { "returnId not a GUID", "POST", "/returns", """{"returnId":"R-1","orderNumber":"ORD-1001","reason":"x"}""", Json, 400, "could not be read" },
        { "body over 64 KB", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"{oversized}"}""", Json, 413, "at most 65536 bytes" },
        { "not JSON at all (text/plain)", "POST", "/returns", "ORD-1001 please", "text/plain", 415, "Unsupported Media Type" },
        { "returnId reused with other content", "POST", "/returns", """{"returnId":"{known}","orderNumber":"ORD-2001","reason":"Another return"}""", Json, 409, "already exists" },
        { "returnId reused with the same content (a retry)", "POST", "/returns", """{"returnId":"{known}","orderNumber":"ORD-1001","reason":"Known return"}""", Json, 202, "" },
        { "no lines: the whole order", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"The whole order"}""", Json, 202, "" },
        { "empty lines: the whole order", "POST", "/returns", """{"orderNumber":"ORD-1001","reason":"The whole order","lines":[]}""", Json, 202, "" },
        { "status of a malformed id", "GET", "/returns/R-1", "", Json, 400, "id" },
        { "status of an unknown return", "GET", "/returns/{new}", "", Json, 404, "No return has the id" },
        { "decision for an unknown return", "POST", "/returns/{new}/approve", """{"actor":"maria","reason":"ok"}""", Json, 404, "No return has the id" },
        { "decision on a malformed id", "POST", "/returns/not-a-guid/approve", """{"actor":"maria","reason":"ok"}""", Json, 400, "id" },
        { "decision on the empty GUID", "POST", "/returns/00000000-0000-0000-0000-000000000000/deny", """{"actor":"maria","reason":"no"}""", Json, 400, "id" },
        { "decision without reason", "POST", "/returns/{known}/cancel", """{"actor":"maria","reason":"  "}""", Json, 400, "reason" },
        { "decision reason too long", "POST", "/returns/{known}/retry", """{"actor":"maria","reason":"{long reason}"}""", Json, 400, "reason" },
        { "decision malformed JSON", "POST", "/returns/{known}/approve", """{"actor":"maria",""", Json, 400, "could not be read" },
        { "decision in the wrong state", "POST", "/returns/{known}/approve", """{"actor":"maria","reason":"ok"}""", Json, 409, "only in AwaitingApproval" },
    };

    public static TheoryData<string, string, string, string> BusRows => new()
    {
        { "garbage", ReturnQueues.ReturnIntake, "not json at all", "is an invalid JSON literal" },
        { "truncated JSON", ReturnQueues.ReturnIntake, """{"orderNumber":"ORD-1001",""", "expected" },
        { "an array", ReturnQueues.ReturnIntake, "[1,2]", "JSON object" },
        { "a string", ReturnQueues.ReturnIntake, "\"ORD-1001\"", "holds a string" },
        { "an empty body", ReturnQueues.ReturnIntake, "", "holds nothing" },
        { "order number missing", ReturnQueues.ReturnIntake, """{"reason":"Too small","lines":[{"sku":"SKU-MUG","quantity":1}]}""", "orderNumber: is required" },
        { "reason missing", ReturnQueues.ReturnIntake, """{"orderNumber":"ORD-1001"}""", "reason: is required" },
        { "quantity zero", ReturnQueues.ReturnIntake, """{"orderNumber":"ORD-1001","reason":"q0","lines":[{"sku":"SKU-MUG","quantity":0}]}""", "lines[0].quantity: must be between 1 and 1000" },
        { "quantity negative", ReturnQueues.ReturnIntake, """{"orderNumber":"ORD-1001","reason":"q-3","lines":[{"sku":"SKU-MUG","quantity":-3}]}""", "lines[0].quantity: must be between 1 and 1000" },
        { "quantity too large", ReturnQueues.ReturnIntake, """{"orderNumber":"ORD-1001","reason":"q5000","lines":[{"sku":"SKU-MUG","quantity":5000}]}""", "lines[0].quantity: must be between 1 and 1000" },
        { "quantity as text", ReturnQueues.ReturnIntake, """{"orderNumber":"ORD-1001","reason":"qtext","lines":[{"sku":"SKU-MUG","quantity":"two"}]}""", "$.lines[0].quantity" },
        { "SKU blank", ReturnQueues.ReturnIntake, """{"orderNumber":"ORD-1001","reason":"nosku","lines":[{"sku":"","quantity":1}]}""", "lines[0].sku: is required" },
        { "returnId not a GUID", ReturnQueues.ReturnIntake, """{"returnId":"R-1","orderNumber":"ORD-1001","reason":"x"}""", "$.returnId" },
        { "returnId reused with other content", ReturnQueues.ReturnIntake, """{"returnId":"{known}","orderNumber":"ORD-1001","reason":"Something else"}""", "already exists" },
        { "over 64 KB", ReturnQueues.ReturnIntake, """{"orderNumber":"ORD-1001","reason":"{oversized}"}""", "at most 65536 bytes" },
        { "garbage", ReturnQueues.DecisionIntake, "approve it please", "is an invalid start of a value" },
        { "no fields", ReturnQueues.DecisionIntake, "{}", "Invalid decision" },
        { "unknown decision", ReturnQueues.DecisionIntake, """{"returnId":"{known}","decision":"promote","actor":"maria","reason":"ok"}""", "'promote' is not a decision" },
        { "returnId not a GUID", ReturnQueues.DecisionIntake, """{"returnId":"R-1","decision":"approve","actor":"maria","reason":"ok"}""", "'R-1' is not a return id" },
        { "actor missing", ReturnQueues.DecisionIntake, """{"returnId":"{known}","decision":"cancel","reason":"ok"}""", "actor: is required" },
        { "reason missing", ReturnQueues.DecisionIntake, """{"returnId":"{known}","decision":"cancel","actor":"maria"}""", "reason: is required" },
        { "returnId as a number", ReturnQueues.DecisionIntake, """{"returnId":42,"decision":"approve","actor":"maria","reason":"ok"}""", "$.returnId" },
        { "for an unknown return", ReturnQueues.DecisionIntake, """{"returnId":"{new}","decision":"approve","actor":"maria","reason":"ok"}""", "No return has the id" },
        { "in the wrong state", ReturnQueues.DecisionIntake, """{"returnId":"{known}","decision":"approve","actor":"maria","reason":"ok"}""", "ApproveReturn refused" },
        { "resolve in the wrong state", ReturnQueues.DecisionIntake, """{"returnId":"{known}","decision":"resolve","actor":"oscar","reason":"done by hand"}""", "ResolveReturn refused" },
        { "over 64 KB", ReturnQueues.DecisionIntake, """{"returnId":"{known}","decision":"deny","actor":"maria","reason":"{oversized}"}""", "at most 65536 bytes" },
    };

    /// <summary>Door (http, intake or bus, the last a typed ReturnRequested in its envelope), order, one line, and the reason it ends Rejected with.</summary>
    public static TheoryData<string, string, string, int, string> RejectedRows => new()
    {
        { "http", "ORD-1001", "SKU-NOPE", 1, "SKU-NOPE is not on order ORD-1001" },
        { "http", "ORD-1001", "SKU-MUG", 5, "5 requested but only 2 ordered" },
        { "http", "ORD-9999", "SKU-MUG", 1, "Order ORD-9999 was not found" },
        { "intake", "ORD-1001", "SKU-NOPE", 1, "SKU-NOPE is not on order ORD-1001" },
        { "bus", "ORD-1001", "SKU-MUG", 0, "Invalid request: lines[0].quantity: must be between 1 and 1000" },
        { "bus", "ORD-1001", "SKU-MUG", 100000, "Invalid request: lines[0].quantity: must be between 1 and 1000" },
        { "bus", " ", "SKU-MUG", 1, "Invalid request: orderNumber: is required" },
        { "bus", "ORD-1001", "", 1, "Invalid request: lines[0].sku: is required" },
    };

    [Theory]
    [MemberData(nameof(HttpRows))]
    public async Task Http_bad_input_gets_a_clear_answer(string name, string method, string path, string body, string contentType, int status, string expected)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), await Expand(path));
        if (method == "POST")
        {
            request.Content = new StringContent(await Expand(body), Encoding.UTF8, contentType);
        }

        var response = await factory.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(status, $"{name}: {text}");
        if (status >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", $"{name}: {text}");
            var problem = JsonDocument.Parse(text).RootElement;
            if (problem.TryGetProperty("errors", out var errors))
            {
                errors.TryGetProperty(expected, out _).ShouldBeTrue($"{name}: the errors should name {expected}: {text}");
            }
            else
            {
                $"{Text(problem, "title")} {Text(problem, "detail")}".ShouldContain(expected, Case.Insensitive, $"{name}: {text}");
            }
        }

        await KnownReturnIsUntouched(path + body);
    }

    [Theory]
    [MemberData(nameof(BusRows))]
    public async Task Bus_bad_input_faults_into_the_error_queue_with_the_reason(string name, string queue, string body, string expected)
    {
        var message = await Expand(body);

        await factory.PutRaw(queue, message);

        var fault = await factory.Seen.FaultOf(queue, message);
        fault.Reason.ShouldContain(expected, Case.Insensitive, name);
        await KnownReturnIsUntouched(body);
    }

    [Theory]
    [MemberData(nameof(RejectedRows))]
    public async Task A_request_that_cannot_become_a_return_ends_rejected_with_the_reason_on_its_timeline(
        string door, string orderNumber, string sku, int quantity, string expected)
    {
        var returnId = NewId.NextGuid();
        var body = new { returnId, orderNumber, reason = "Does not fit", lines = new[] { new { sku, quantity } } };
        switch (door)
        {
            case "http":
                (await factory.Http.PostAsJsonAsync("/returns", body)).EnsureSuccessStatusCode();
                break;
            case "intake":
                await factory.PutRaw(ReturnQueues.ReturnIntake, JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
                break;
            default:
                await factory.Harness.Bus.Publish(new ReturnRequested(returnId, orderNumber, [new ReturnLine(sku, quantity)], "Does not fit", DateTimeOffset.UtcNow));
                break;
        }

        var status = await factory.WaitForState(returnId, "Rejected");

        status.GetProperty("statusReason").GetString()!.ShouldContain(expected);
        var last = status.GetProperty("timeline").EnumerateArray().Last();
        last.GetProperty("to").GetString().ShouldBe("Rejected");
        last.GetProperty("details").GetString()!.ShouldContain(expected);
    }

    private async Task KnownReturnIsUntouched(string row)
    {
        if (!row.Contains("{known}", StringComparison.Ordinal))
        {
            return;
        }

        var status = (await factory.Status(await factory.KnownReturn()))!.Value;
        status.GetProperty("state").GetString().ShouldBe("CreatingLabel");
        status.GetProperty("orderNumber").GetString().ShouldBe("ORD-1001");
        status.GetProperty("reason").GetString().ShouldBe(IntakeApiFactory.KnownReason);
    }

    private async Task<string> Expand(string template)
    {
        var text = template
            .Replace("{new}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{oversized}", new string('x', 70_000), StringComparison.Ordinal)
            .Replace("{long order}", new string('O', 65), StringComparison.Ordinal)
            .Replace("{long reason}", new string('r', 1001), StringComparison.Ordinal)
            .Replace("{101 lines}", JsonSerializer.Serialize(Enumerable.Range(1, 101).Select(i => new { sku = $"SKU-{i}", quantity = 1 })), StringComparison.Ordinal);
        return text.Contains("{known}", StringComparison.Ordinal)
            ? text.Replace("{known}", (await factory.KnownReturn()).ToString(), StringComparison.Ordinal)
            : text;
    }

    private static string Text(JsonElement problem, string property) =>
        problem.TryGetProperty(property, out var value) ? value.GetString() ?? string.Empty : string.Empty;
}
