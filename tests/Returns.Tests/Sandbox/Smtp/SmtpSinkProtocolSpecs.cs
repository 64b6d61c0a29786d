namespace Returns.Tests.Sandbox.Smtp;

/// <summary>The sink's RFC 5321 dialogue, driven line by line.</summary>
public sealed class SmtpSinkProtocolSpecs : IAsyncLifetime
{
    private RunningSmtpSink sink = null!;

    public async Task InitializeAsync() => sink = await RunningSmtpSink.StartAsync(settings: new()
    {
        ["Smtp:MaxMessageBytes"] = "4096",
        ["Smtp:MaxLineLength"] = "200",
    });

    public async Task DisposeAsync() => await sink.DisposeAsync();

    [Fact]
    public async Task Greets_with_220_and_advertises_SIZE_and_8BITMIME_without_STARTTLS_or_AUTH()
    {
        await using var smtp = await SmtpDialogue.OpenAsync(sink.Port);

        var ehlo = await smtp.SendAsync("EHLO client.test");

        smtp.Greeting.ShouldStartWith("220 ");
        ehlo.Split('\n').ShouldAllBe(line => line.StartsWith("250"));
        ehlo.ShouldContain("SIZE 4096");
        ehlo.ShouldContain("8BITMIME");
        ehlo.ShouldNotContain("STARTTLS");
        ehlo.ShouldNotContain("AUTH");
    }

    [Fact]
    public async Task Answers_503_to_commands_out_of_order()
    {
        await using var smtp = await SmtpDialogue.OpenAsync(sink.Port);

        (await smtp.SendAsync("MAIL FROM:<returns@shop.example>")).ShouldStartWith("503");
        (await smtp.SendAsync("HELO client.test")).ShouldStartWith("250");
        (await smtp.SendAsync("RCPT TO:<ada@example.test>")).ShouldStartWith("503");
        (await smtp.SendAsync("DATA")).ShouldStartWith("503");
        (await smtp.SendAsync("MAIL FROM:<returns@shop.example>")).ShouldStartWith("250");
        (await smtp.SendAsync("MAIL FROM:<returns@shop.example>")).ShouldStartWith("503");
        (await smtp.SendAsync("DATA")).ShouldStartWith("503");
    }

    [Fact]
    public async Task Answers_500_to_an_unknown_command_and_502_to_STARTTLS()
    {
        await using var smtp = await SmtpDialogue.OpenAsync(sink.Port);

        (await smtp.SendAsync("FROBNICATE now")).ShouldStartWith("500");
        (await smtp.SendAsync("STARTTLS")).ShouldStartWith("502");
        (await smtp.SendAsync("NOOP")).ShouldStartWith("250");
    }

    [Fact]
    public async Task Forgets_the_transaction_after_RSET()
    {
        await using var smtp = await SmtpDialogue.OpenAsync(sink.Port);
        await smtp.SendAsync("EHLO client.test");
        await smtp.SendAsync("MAIL FROM:<first@shop.example>");
        await smtp.SendAsync("RCPT TO:<forgotten@example.test>");

        (await smtp.SendAsync("RSET")).ShouldStartWith("250");
        (await smtp.SendAsync("DATA")).ShouldStartWith("503");
        await smtp.SendAsync("MAIL FROM:<second@shop.example>");
        await smtp.SendAsync("RCPT TO:<kept@example.test>");
        (await smtp.SendAsync("DATA")).ShouldStartWith("354");
        (await smtp.SendAsync("Subject: After reset\r\n\r\nHello\r\n.")).ShouldStartWith("250");

        var mail = sink.Mailbox.List().ShouldHaveSingleItem();
        mail.From.ShouldBe("second@shop.example");
        mail.To.ShouldBe(["kept@example.test"]);
        mail.Subject.ShouldBe("After reset");
    }

    [Fact]
    public async Task Removes_the_stuffed_dot_from_lines_that_start_with_one()
    {
        await using var smtp = await SmtpDialogue.OpenAsync(sink.Port);
        await smtp.SendAsync("EHLO client.test");
        await smtp.SendAsync("MAIL FROM:<returns@shop.example>");
        await smtp.SendAsync("RCPT TO:<ada@example.test>");
        await smtp.SendAsync("DATA");

        var reply = await smtp.SendAsync("Subject: Dots\r\n\r\n..hidden\r\n...\r\nend\r\n.");

        reply.ShouldStartWith("250");
        sink.Mailbox.List().ShouldHaveSingleItem().Body.ShouldBe(".hidden\r\n..\r\nend");
    }

    [Fact]
    public async Task Refuses_an_overlong_line_with_500_and_stays_in_step()
    {
        await using var smtp = await SmtpDialogue.OpenAsync(sink.Port);

        (await smtp.SendAsync("NOOP " + new string('x', 5000))).ShouldStartWith("500");
        (await smtp.SendAsync("NOOP")).ShouldStartWith("250");
    }

    [Fact]
    public async Task Refuses_a_declared_size_over_the_limit_with_552()
    {
        await using var smtp = await SmtpDialogue.OpenAsync(sink.Port);
        await smtp.SendAsync("EHLO client.test");

        (await smtp.SendAsync("MAIL FROM:<returns@shop.example> SIZE=999999")).ShouldStartWith("552");
        (await smtp.SendAsync("MAIL FROM:<returns@shop.example> SIZE=100")).ShouldStartWith("250");
    }

    [Fact]
    public async Task Says_goodbye_with_221_on_QUIT_and_closes()
    {
        await using var smtp = await SmtpDialogue.OpenAsync(sink.Port);

        (await smtp.SendAsync("QUIT")).ShouldStartWith("221");
        (await smtp.ReadReplyAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Closes_an_idle_connection_with_421()
    {
        await using var idleSink = await RunningSmtpSink.StartAsync(settings: new() { ["Smtp:IdleTimeoutSeconds"] = "0.3" });
        await using var smtp = await SmtpDialogue.OpenAsync(idleSink.Port);

        (await smtp.ReadReplyAsync()).ShouldNotBeNull().ShouldStartWith("421");
        (await smtp.ReadReplyAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Turns_away_connections_beyond_the_limit_with_421()
    {
        await using var smallSink = await RunningSmtpSink.StartAsync(settings: new() { ["Smtp:MaxConnections"] = "1" });
        await using var first = await SmtpDialogue.OpenAsync(smallSink.Port);

        await using var second = await SmtpDialogue.OpenAsync(smallSink.Port);

        first.Greeting.ShouldStartWith("220");
        second.Greeting.ShouldStartWith("421");
        (await first.SendAsync("NOOP")).ShouldStartWith("250");
    }
}
