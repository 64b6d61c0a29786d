using Returns.Sandbox.Smtp;

namespace Returns.Sandbox.Faults;

/// <summary>Lets PUT /faults/smtp reach the SMTP sink: a failing decision refuses the recipient with the configured reply code.</summary>
public sealed class InjectedSmtpFaults(FaultInjector injector) : ISmtpFaultPolicy
{
    public SmtpFault? Decide(string recipient)
    {
        var decision = injector.Decide(FaultApis.Smtp, recipient);
        return decision.Fails ? new SmtpFault(decision.StatusCode!.Value, decision.Reason ?? "Injected failure") : null;
    }
}
