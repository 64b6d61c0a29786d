using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Returns.Api.Operators;

/// <summary>The operator scheme: <c>Authorization: Bearer &lt;key&gt;</c> against the keys under Api:Operators.</summary>
public static class OperatorAuthentication
{
    public const string Scheme = "Operator";
    public const string Realm = "returns-api";

    /// <summary>Registers the scheme and authorization, with the operators checked when the host starts.</summary>
    public static IHostApplicationBuilder AddOperatorAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section)).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiOptions>, ApiOperatorsValidator>());
        builder.Services.AddAuthentication(Scheme)
            .AddScheme<AuthenticationSchemeOptions, OperatorAuthenticationHandler>(Scheme, null);
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>Who the authenticated operator is: the name the timeline records as the actor.</summary>
    public static string OperatorName(this HttpContext context) =>
        context.User.Identity?.Name ?? throw new InvalidOperationException("The endpoint requires an operator but none is authenticated.");

    /// <summary>Only an authenticated operator may call the endpoint; the 401 is part of its OpenAPI description.</summary>
    public static RouteHandlerBuilder ForOperators(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization().ProducesProblem(StatusCodes.Status401Unauthorized);
}
