namespace Returns.Contracts.Status;

/// <summary>Reply to SearchReturns: the page asked for and how many returns match in all.</summary>
public sealed record ReturnsPage(IReadOnlyList<ReturnSummary> Items, int Page, int PageSize, int Total);
