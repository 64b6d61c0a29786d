using System.Net.Sockets;
using System.Text;

namespace Returns.Tests.Sandbox.Smtp;

/// <summary>A raw SMTP conversation over TcpClient, for what SmtpClient would never send.</summary>
public sealed class SmtpDialogue : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(5);
    private readonly TcpClient client;
    private readonly NetworkStream stream;
    private readonly StreamReader reader;

    private SmtpDialogue(TcpClient client)
    {
        this.client = client;
        stream = client.GetStream();
        reader = new StreamReader(stream, Encoding.ASCII);
    }

    public string Greeting { get; private set; } = "";

    public static async Task<SmtpDialogue> OpenAsync(int port)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var dialogue = new SmtpDialogue(client);
        dialogue.Greeting = await dialogue.ReadReplyAsync() ?? "";
        return dialogue;
    }

    /// <summary>Sends one line and returns the whole reply (several lines for a multi-line reply).</summary>
    public async Task<string> SendAsync(string line)
    {
        await WriteAsync(line + "\r\n");
        return await ReadReplyAsync() ?? throw new IOException("The server closed the connection.");
    }

    public async Task WriteAsync(string text)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text));
        await stream.FlushAsync();
    }

    /// <summary>The next reply, or null when the server closed the connection.</summary>
    public async Task<string?> ReadReplyAsync()
    {
        var lines = new List<string>();
        while (true)
        {
            var line = await reader.ReadLineAsync().WaitAsync(ReplyTimeout);
            if (line is null)
            {
                return lines.Count == 0 ? null : string.Join("\n", lines);
            }

            lines.Add(line);
            if (line.Length < 4 || line[3] != '-')
            {
                return string.Join("\n", lines);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync();
        client.Dispose();
    }
}
