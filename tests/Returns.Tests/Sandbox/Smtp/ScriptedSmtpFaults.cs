using Returns.Sandbox.Smtp;

namespace Returns.Tests.Sandbox.Smtp;

/// <summary>A fault policy a test sets by hand: while <see cref="Fault"/> is set, every recipient gets it.</summary>
public sealed class ScriptedSmtpFaults : ISmtpFaultPolicy
{
    private int decisions;

    public SmtpFault? Fault { get; set; }

    /// <summary>How many RCPT TO commands were decided, i.e. how many times a client tried.</summary>
    public int Decisions => Volatile.Read(ref decisions);

    public SmtpFault? Decide(string recipient)
    {
        Interlocked.Increment(ref decisions);
        return Fault;
    }
}
