using Microsoft.AspNetCore.Http;

namespace Returns.Api;

public static class RequestBodyLimit
{
    /// <summary>
    /// Caps request bodies at <see cref="ApiOptions.MaxRequestBodyBytes"/> (Kestrel answers 413 before the
    /// body is read) and makes that 413 ProblemDetails say what the limit is.
    /// </summary>
    public static WebApplicationBuilder AddRequestBodyLimit(this WebApplicationBuilder builder, ApiOptions options)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.Configure<ProblemDetailsOptions>(problems => problems.CustomizeProblemDetails += context =>
        {
            if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
            {
                context.ProblemDetails.Detail ??= $"The request body may be at most {options.MaxRequestBodyBytes} bytes.";
            }
        });
        return builder;
    }
}
