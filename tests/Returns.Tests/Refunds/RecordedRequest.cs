namespace Returns.Tests.Refunds;

/// <summary>A request the fake Payments API received.</summary>
public sealed record RecordedRequest(HttpMethod Method, string Path, string? IdempotencyKey, string? Body);
