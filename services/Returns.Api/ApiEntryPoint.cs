namespace Returns.Api;

/// <summary>Names this assembly for WebApplicationFactory in tests; several services share one test project, so "Program" would be ambiguous.</summary>
public sealed class ApiEntryPoint;
