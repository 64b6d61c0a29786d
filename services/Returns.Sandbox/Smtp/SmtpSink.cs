using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Returns.Sandbox.Smtp;

/// <summary>
/// A small SMTP server written for this project, because MailKit and the SmtpServer package are not
/// served here (PLATFORM.md). It speaks enough of RFC 5321 for System.Net.Mail.SmtpClient on
/// 127.0.0.1 — EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT, no STARTTLS, no AUTH — keeps what it
/// receives in the <see cref="Mailbox"/>, and lets an <see cref="ISmtpFaultPolicy"/> refuse
/// recipients. Covered by SmtpSinkSpecs.
/// </summary>
public sealed class SmtpSink(
    IOptions<SmtpSinkOptions> options,
    Mailbox mailbox,
    ISmtpFaultPolicy faults,
    TimeProvider time,
    ILogger<SmtpSink> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Task, bool> sessions = new();
    private TcpListener? listener;
    private int connections;

    /// <summary>The port actually bound, known once the sink has started (useful when configured as 0).</summary>
    public int Port { get; private set; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Bind before the host reports started, so a caller can read Port straight away.
        listener = new TcpListener(IPAddress.Parse(options.Value.BindAddress), options.Value.Port);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        logger.LogInformation("SMTP sink listening on 127.0.0.1:{Port}", Port);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        listener?.Stop();
        // Sessions saw the stopping token and are saying 421; give them the host's grace period to finish.
        await Task.WhenAll(sessions.Keys).WaitAsync(cancellationToken);
    }

    public override void Dispose()
    {
        listener?.Stop();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener!.AcceptTcpClientAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (SocketException exception)
            {
                // A client that gave up before we accepted it; the listener itself is fine.
                logger.LogDebug(exception, "SMTP accept failed");
                continue;
            }

            var session = ServeAsync(client, stoppingToken);
            sessions.TryAdd(session, true);
            _ = session.ContinueWith(done => sessions.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        var active = Interlocked.Increment(ref connections);
        try
        {
            using (client)
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                if (active > options.Value.MaxConnections)
                {
                    await stream.WriteAsync("421 4.3.2 Too many connections, try again later\r\n"u8.ToArray(), stopping);
                    return;
                }

                await new SmtpSession(stream, options.Value, mailbox, faults, time, logger).RunAsync(stopping);
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogDebug(exception, "SMTP connection ended abruptly");
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "SMTP session failed");
        }
        finally
        {
            Interlocked.Decrement(ref connections);
        }
    }
}
