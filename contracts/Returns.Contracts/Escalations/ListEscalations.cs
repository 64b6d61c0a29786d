namespace Returns.Contracts.Escalations;

/// <summary>Request: one page of the open escalations, oldest first.</summary>
public sealed record ListEscalations(int Page, int PageSize);
