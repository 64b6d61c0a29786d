namespace Returns.Api.Returns;

/// <summary>Body of the 202 answer to POST /returns.</summary>
public sealed record SubmittedReturn(Guid ReturnId, string StatusUrl);
