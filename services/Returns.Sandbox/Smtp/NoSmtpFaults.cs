namespace Returns.Sandbox.Smtp;

/// <summary>The default policy: every recipient is accepted.</summary>
public sealed class NoSmtpFaults : ISmtpFaultPolicy
{
    public SmtpFault? Decide(string recipient) => null;
}
