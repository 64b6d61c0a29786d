using System.Net.Mail;
using System.Text;
using Returns.Sandbox.Smtp;

namespace Returns.Tests.Sandbox.Smtp;

/// <summary>The sink as System.Net.Mail.SmtpClient — what the Notifications service uses — sees it.</summary>
public sealed class SmtpSinkSpecs : IAsyncLifetime
{
    private readonly ScriptedSmtpFaults faults = new();
    private RunningSmtpSink sink = null!;

    public async Task InitializeAsync() =>
        sink = await RunningSmtpSink.StartAsync(faults, new() { ["Smtp:MaxMessageBytes"] = "8192" });

    public async Task DisposeAsync() => await sink.DisposeAsync();

    [Fact]
    public async Task Stores_a_mail_with_its_sender_recipients_subject_and_body()
    {
        using var message = new MailMessage("returns@shop.example", "ada@example.test")
        {
            Subject = "Your return ORD-1001",
            Body = "Hello Ada,\r\nyour label is attached.",
        };
        message.To.Add("ops@shop.example");

        using (var client = sink.CreateClient())
        {
            await client.SendMailAsync(message);
        }

        var mail = sink.Mailbox.List().ShouldHaveSingleItem();
        mail.From.ShouldBe("returns@shop.example");
        mail.To.ShouldBe(["ada@example.test", "ops@shop.example"]);
        mail.Subject.ShouldBe("Your return ORD-1001");
        mail.Body.ShouldBe("Hello Ada,\r\nyour label is attached.");
        mail.ReceivedAt.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Decodes_a_non_ascii_subject_and_body()
    {
        const string subject = "Rückgabe bestätigt – Grüße aus Köln, Zoë ✓ und noch ein langer Betreff, der gefaltet wird";
        const string body = "Erstattung: 45,00 €\r\n.Zeile mit Punkt am Anfang\r\nΚαλημέρα, 日本語 ✓";
        using var message = new MailMessage("returns@shop.example", "zoe@example.test")
        {
            Subject = subject,
            Body = body,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };

        using (var client = sink.CreateClient())
        {
            await client.SendMailAsync(message);
        }

        var mail = sink.Mailbox.List("zoe@example.test").ShouldHaveSingleItem();
        mail.Subject.ShouldBe(subject);
        mail.Body.ShouldBe(body);
    }

    [Fact]
    public async Task Receives_many_mails_sent_at_the_same_time()
    {
        // SmtpClient blocks the thread it runs on while it waits for a reply. With client and sink in
        // one test process, twenty async sends can starve the thread pool the sink itself needs, so
        // each client gets a thread of its own and the test stays about the sink.
        var sends = Enumerable.Range(1, 20).Select(n => Task.Factory.StartNew(() =>
        {
            using var client = sink.CreateClient();
            using var message = new MailMessage("returns@shop.example", $"customer{n}@example.test") { Subject = $"Mail {n}", Body = $"Body {n}" };
            client.Send(message);
        }, TaskCreationOptions.LongRunning));

        await Task.WhenAll(sends);

        var mails = sink.Mailbox.List();
        mails.Count.ShouldBe(20);
        mails.Select(mail => mail.Subject).Order().ShouldBe(Enumerable.Range(1, 20).Select(n => $"Mail {n}").Order());
        sink.Mailbox.List("customer7@example.test").ShouldHaveSingleItem().Body.ShouldBe("Body 7");
    }

    [Fact]
    public async Task Refuses_a_recipient_with_451_when_the_fault_policy_says_try_later()
    {
        faults.Fault = SmtpFault.Transient("4.3.0 Try again later");
        using var client = sink.CreateClient();
        using var message = new MailMessage("returns@shop.example", "ada@example.test") { Subject = "Hi", Body = "Hi" };

        // SmtpClient reports 451 (a local error at the server) as SmtpException, not as a failed recipient.
        var refused = await Should.ThrowAsync<SmtpException>(() => client.SendMailAsync(message));

        refused.StatusCode.ShouldBe(SmtpStatusCode.LocalErrorInProcessing);
        refused.Message.ShouldContain("4.3.0 Try again later");
        faults.Decisions.ShouldBe(1);
        sink.Mailbox.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task Refuses_a_recipient_with_550_when_the_fault_policy_says_never()
    {
        faults.Fault = SmtpFault.Permanent();
        using var client = sink.CreateClient();
        using var message = new MailMessage("returns@shop.example", "ada@example.test") { Subject = "Hi", Body = "Hi" };

        var refused = await Should.ThrowAsync<SmtpFailedRecipientException>(() => client.SendMailAsync(message));

        refused.StatusCode.ShouldBe(SmtpStatusCode.MailboxUnavailable);
        refused.FailedRecipient.ShouldBe("<ada@example.test>");
        sink.Mailbox.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task Refuses_a_message_over_the_size_limit_with_552_and_accepts_the_next()
    {
        using var client = sink.CreateClient();
        using var tooBig = new MailMessage("returns@shop.example", "ada@example.test") { Subject = "Big", Body = new string('x', 20_000) };
        using var small = new MailMessage("returns@shop.example", "ada@example.test") { Subject = "Small", Body = "fits" };

        var refused = await Should.ThrowAsync<SmtpException>(() => client.SendMailAsync(tooBig));
        await client.SendMailAsync(small);

        refused.StatusCode.ShouldBe(SmtpStatusCode.ExceededStorageAllocation);
        sink.Mailbox.List().ShouldHaveSingleItem().Subject.ShouldBe("Small");
    }
}
