using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Returns.Tests.Support;

/// <summary>
/// Stands in for an external HTTP API in consumer tests: answers from programmed routes and records
/// every request (method, path, headers, body). Several answers programmed for the same route are
/// given in turn, the last one repeating, so "503 then 200" is two calls to <see cref="Respond(HttpMethod, string, HttpStatusCode, object?)"/>.
/// A request no route matches throws, so a test never passes on an answer nobody programmed.
/// </summary>
public sealed class StubHttpHandler : HttpMessageHandler
{
    /// <summary>camelCase JSON, like the sandbox and ASP.NET Core.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The base address <see cref="CreateClient"/> gives its clients.</summary>
    public static readonly Uri BaseAddress = new("http://stub.test/");

    private readonly Lock gate = new();
    private readonly List<Route> routes = [];
    private readonly List<RecordedRequest> requests = [];

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>How many requests arrived for this method and path (escaped, leading slash).</summary>
    public int CallsTo(HttpMethod method, string path) =>
        Requests.Count(request => request.Method == method && request.Path == Normalize(path));

    /// <summary>
    /// Answers with this status and body: a string is sent as it is (raw JSON), anything else is
    /// serialized as camelCase JSON, null means no body.
    /// </summary>
    public StubHttpHandler Respond(HttpMethod method, string path, HttpStatusCode status, object? body = null) =>
        Respond(method, path, _ => JsonResponse(status, body));

    /// <summary>Answers with an RFC 7807 ProblemDetails body whose detail is given.</summary>
    public StubHttpHandler RespondProblem(HttpMethod method, string path, HttpStatusCode status, string detail) =>
        Respond(method, path, _ => ProblemResponse(status, detail));

    /// <summary>Answers by computing the response from the request (headers, body), e.g. to play an idempotent server.</summary>
    public StubHttpHandler Respond(HttpMethod method, string path, Func<RecordedRequest, HttpResponseMessage> respond) =>
        Respond(method, path, (request, _) => Task.FromResult(respond(request)));

    /// <summary>Answers asynchronously; the token is the request's, so a responder can delay or hang to simulate a slow API.</summary>
    public StubHttpHandler Respond(HttpMethod method, string path, Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond)
    {
        var normalized = Normalize(path);
        lock (gate)
        {
            var route = routes.FirstOrDefault(r => r.Method == method && r.Path == normalized);
            if (route is null)
            {
                route = new Route(method, normalized, request => request.Method == method && request.Path == normalized);
                routes.Add(route);
            }

            route.Responders.Add(respond);
        }

        return this;
    }

    /// <summary>Answers every request the predicate accepts (any method or path), for routes with variable parts.</summary>
    public StubHttpHandler Respond(Func<RecordedRequest, bool> match, Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond)
    {
        lock (gate)
        {
            var route = new Route(null, null, match);
            route.Responders.Add(respond);
            routes.Add(route);
        }

        return this;
    }

    /// <summary>An HttpClient over this handler; disposing the client leaves the handler (and its records) alone.</summary>
    public HttpClient CreateClient() => new(this, disposeHandler: false) { BaseAddress = BaseAddress };

    public static HttpResponseMessage JsonResponse(HttpStatusCode status, object? body = null)
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body, Json);
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return response;
    }

    public static HttpResponseMessage ProblemResponse(HttpStatusCode status, string detail)
    {
        var problem = new { type = "about:blank", title = status.ToString(), status = (int)status, detail };
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(JsonSerializer.Serialize(problem, Json), Encoding.UTF8),
        };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/problem+json") { CharSet = "utf-8" };
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = await RecordAsync(request, cancellationToken);
        Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> responder;
        lock (gate)
        {
            requests.Add(recorded);
            var route = routes.FirstOrDefault(r => r.Matches(recorded))
                ?? throw new InvalidOperationException($"StubHttpHandler has no answer programmed for {recorded}.");
            responder = route.Next();
        }

        var response = await responder(recorded, cancellationToken);
        response.RequestMessage = request;
        return response;
    }

    private static async Task<RecordedRequest> RecordAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var all = request.Content is null ? request.Headers : request.Headers.Concat(request.Content.Headers);
        foreach (var (name, values) in all)
        {
            headers[name] = string.Join(", ", values);
        }

        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var uri = request.RequestUri ?? throw new InvalidOperationException("A request without a URI reached the stub.");
        return new RecordedRequest(request.Method, uri, headers, body);
    }

    private static string Normalize(string path) => path.StartsWith('/') ? path : "/" + path;

    private sealed class Route(HttpMethod? method, string? path, Func<RecordedRequest, bool> match)
    {
        private int calls;

        public HttpMethod? Method { get; } = method;
        public string? Path { get; } = path;
        public List<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> Responders { get; } = [];

        public bool Matches(RecordedRequest request) => match(request);

        // The programmed answers in turn; the last one keeps answering.
        public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> Next() =>
            Responders[Math.Min(calls++, Responders.Count - 1)];
    }
}
