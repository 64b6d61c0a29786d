namespace Returns.Contracts.Escalations;

/// <summary>Reply to ListEscalations: the page asked for and how many escalations are open in all.</summary>
public sealed record EscalationsPage(IReadOnlyList<EscalationSummary> Items, int Page, int PageSize, int Total);
