using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Returns.Api.Operators;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against the configured operators. A missing or
/// unknown key is answered 401 with a WWW-Authenticate challenge and a ProblemDetails body that says which.
/// </summary>
public sealed class OperatorAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ApiOptions> api,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("The Authorization header is not a bearer token."));
        }

        var key = header[BearerPrefix.Length..].Trim();
        var found = key.Length == 0 ? null : OperatorKeys.Find(api.CurrentValue.Operators, key);
        if (found is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The bearer token is not an operator key."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, found.Name.Trim())], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var failure = result.Failure?.Message;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = failure is null
            ? $"Bearer realm=\"{OperatorAuthentication.Realm}\""
            : $"Bearer realm=\"{OperatorAuthentication.Realm}\", error=\"invalid_token\", error_description=\"{failure}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "An operator key is required",
                Detail = api.CurrentValue.Operators.Count == 0
                    ? "No operator is configured on this API (Api:Operators), so nothing can be written through it."
                    : failure ?? "Send an operator's key as 'Authorization: Bearer <key>'. Operators are configured under Api:Operators.",
            },
        });
    }
}
