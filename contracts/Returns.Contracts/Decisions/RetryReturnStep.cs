namespace Returns.Contracts.Decisions;

/// <summary>An operator retries the step that put the return in NeedsAttention.</summary>
public sealed record RetryReturnStep(Guid ReturnId, string Actor, string Reason);
