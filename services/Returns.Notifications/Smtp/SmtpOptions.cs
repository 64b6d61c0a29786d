using Returns.Hosting.Http;

namespace Returns.Notifications.Smtp;

/// <summary>Where mail goes and how hard to try. Bound from the "Smtp" section.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 2525;
    public string From { get; set; } = "returns@shop.example";

    /// <summary>Where escalations go: returns waiting for a manager's approval or an operator's attention.</summary>
    public string OperationsMailbox { get; set; } = "returns-ops@shop.example";
    public ResilienceOptions Resilience { get; set; } = new();
}
