using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Returns.Hosting.Telemetry;

/// <summary>
/// Gives ASP.NET Core's request span the name and attributes the instrumentation package would ("POST /returns",
/// http.request.method, http.route, url.path, http.response.status_code), which the bare ActivitySource lacks,
/// and leaves health probes unrecorded so a container's checks do not fill the traces.
/// </summary>
public static class ServerSpanNaming
{
    public static async Task Name(HttpContext context, RequestDelegate next)
    {
        var activity = context.Features.Get<IHttpActivityFeature>()?.Activity;
        if (activity is null || !activity.IsAllDataRequested)
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/health"))
        {
            activity.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            activity.IsAllDataRequested = false;
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            // A group's "/" endpoint reads "/returns/"; the span is named "POST /returns".
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { Length: > 1 } raw ? raw.TrimEnd('/') : null;
            activity.DisplayName = route is null ? context.Request.Method : $"{context.Request.Method} {route}";
            activity.SetTag("http.request.method", context.Request.Method);
            activity.SetTag("url.path", context.Request.Path.Value);
            activity.SetTag("http.route", route);
            activity.SetTag("http.response.status_code", context.Response.StatusCode);
        }
    }
}
