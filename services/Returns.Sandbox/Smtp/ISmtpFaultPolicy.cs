namespace Returns.Sandbox.Smtp;

/// <summary>Decides, per RCPT TO, whether the sink refuses the recipient (fault injection); null accepts it.</summary>
public interface ISmtpFaultPolicy
{
    SmtpFault? Decide(string recipient);
}
