namespace Returns.Sandbox.Smtp;

/// <summary>Every mail the sink accepted, oldest first; safe to use from many connections at once.</summary>
public sealed class Mailbox(int capacity = 5000)
{
    private readonly Lock gate = new();
    private readonly Queue<ReceivedMail> mails = new();

    public void Add(ReceivedMail mail)
    {
        lock (gate)
        {
            mails.Enqueue(mail);
            while (mails.Count > Math.Max(1, capacity))
            {
                mails.Dequeue();
            }
        }
    }

    /// <summary>The mails, or only those with <paramref name="to"/> among their recipients (case-insensitive).</summary>
    public IReadOnlyList<ReceivedMail> List(string? to = null)
    {
        lock (gate)
        {
            return string.IsNullOrWhiteSpace(to)
                ? [.. mails]
                : [.. mails.Where(mail => mail.To.Contains(to.Trim(), StringComparer.OrdinalIgnoreCase))];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            mails.Clear();
        }
    }
}
