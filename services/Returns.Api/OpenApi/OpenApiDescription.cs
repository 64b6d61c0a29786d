using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Returns.Api.OpenApi;

/// <summary>The API's OpenAPI document (served at /openapi/v1.json): title, the operator scheme and where it applies.</summary>
public static class OpenApiDescription
{
    public static OpenApiOptions AddReturnsDescription(this OpenApiOptions options)
    {
        var security = new OperatorSecurityTransformer();
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Returns API",
                Version = "v1",
                Description = "Submit and follow returns, search them, see their timeline and scheduled actions, and take the human decisions.",
            };
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer(security);
        options.AddOperationTransformer(security);
        return options;
    }
}
