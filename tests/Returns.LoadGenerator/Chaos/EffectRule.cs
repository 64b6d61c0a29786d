namespace Returns.LoadGenerator.Chaos;

/// <summary>What a return's state says about one of its side effects.</summary>
public enum EffectRule
{
    /// <summary>Completed: one label, inventory move, refund and confirmation, standing.</summary>
    ExactlyOne,

    /// <summary>Rejected or waiting for approval: the return never got that far.</summary>
    None,

    /// <summary>Cancelled: the compensation voided, reverted or cancelled what was made (the confirmation email stays sent).</summary>
    NoneStanding,

    /// <summary>Waiting for an operator or resolved by one: anything up to one.</summary>
    AtMostOne,
}
