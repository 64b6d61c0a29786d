using Microsoft.AspNetCore.Http.HttpResults;

namespace Returns.Sandbox.Smtp;

public static class MailboxEndpoints
{
    /// <summary>GET /mailbox?to= lists what the SMTP sink received (oldest first); DELETE /mailbox empties it.</summary>
    public static IEndpointRouteBuilder MapMailbox(this IEndpointRouteBuilder app)
    {
        app.MapGet("/mailbox", (string? to, Mailbox mailbox) => TypedResults.Ok(mailbox.List(to)));
        app.MapDelete("/mailbox", NoContent (Mailbox mailbox) =>
        {
            mailbox.Clear();
            return TypedResults.NoContent();
        });
        return app;
    }
}
