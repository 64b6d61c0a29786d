namespace Returns.LoadGenerator.Chaos;

/// <summary>Which side effects each settled state calls for.</summary>
public static class EffectRules
{
    public static EffectRule For(string state, string effect) => state switch
    {
        "Completed" => EffectRule.ExactlyOne,
        "Rejected" or "AwaitingApproval" => EffectRule.None,
        "Cancelled" => effect == "confirmation email" ? EffectRule.AtMostOne : EffectRule.NoneStanding,
        _ => EffectRule.AtMostOne,
    };
}
