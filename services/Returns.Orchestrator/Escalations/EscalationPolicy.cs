namespace Returns.Orchestrator.Escalations;

/// <summary>The service level of one kind of escalation: when the operations mailbox is reminded, when it expires, and what happens then.</summary>
public sealed class EscalationPolicy
{
    public TimeSpan RemindAfter { get; set; }
    public TimeSpan ExpireAfter { get; set; }
    public EscalationOutcome OnExpiry { get; set; }

    /// <summary>What is wrong with this policy, naming its keys under <paramref name="section"/>.</summary>
    public IEnumerable<string> Problems(string section, params EscalationOutcome[] allowed)
    {
        if (RemindAfter <= TimeSpan.Zero)
        {
            yield return $"{section}:RemindAfter must be positive (got {RemindAfter}).";
        }

        if (ExpireAfter <= RemindAfter)
        {
            yield return $"{section}:ExpireAfter must come after RemindAfter (got {ExpireAfter} and {RemindAfter}).";
        }

        if (!allowed.Contains(OnExpiry))
        {
            yield return $"{section}:OnExpiry must be one of {string.Join(", ", allowed)} (got {OnExpiry}).";
        }
    }
}
