using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Returns.Sandbox.Smtp;

namespace Returns.Tests.Sandbox.Smtp;

public sealed class MailboxEndpointsSpecs : IAsyncLifetime
{
    private readonly Mailbox mailbox = new();
    private WebApplication app = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(mailbox);
        app = builder.Build();
        app.MapMailbox();
        await app.StartAsync();
        http = app.GetTestClient();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Lists_the_mails_for_one_recipient_in_camel_case()
    {
        var at = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        mailbox.Add(new ReceivedMail("returns@shop.example", ["ada@example.test"], "For Ada", "Hello Ada", at));
        mailbox.Add(new ReceivedMail("returns@shop.example", ["bob@example.test"], "For Bob", "Hello Bob", at));

        using var json = JsonDocument.Parse(await http.GetStringAsync("/mailbox?to=ADA@example.test"));

        var mail = json.RootElement.EnumerateArray().ShouldHaveSingleItem();
        mail.GetProperty("from").GetString().ShouldBe("returns@shop.example");
        mail.GetProperty("to").EnumerateArray().Select(to => to.GetString()).ShouldBe(["ada@example.test"]);
        mail.GetProperty("subject").GetString().ShouldBe("For Ada");
        mail.GetProperty("body").GetString().ShouldBe("Hello Ada");
        mail.GetProperty("receivedAt").GetDateTimeOffset().ShouldBe(at);
    }

    [Fact]
    public async Task Empties_the_mailbox_on_DELETE()
    {
        mailbox.Add(new ReceivedMail("returns@shop.example", ["ada@example.test"], "For Ada", "Hello", DateTimeOffset.UtcNow));

        var deleted = await http.DeleteAsync("/mailbox");
        var after = await http.GetStringAsync("/mailbox");

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.ShouldBe("[]");
    }
}
