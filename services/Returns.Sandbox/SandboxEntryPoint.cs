namespace Returns.Sandbox;

/// <summary>Marker for <c>WebApplicationFactory&lt;SandboxEntryPoint&gt;</c>: every service's top-level Program is named Program, so tests need a type of their own.</summary>
public sealed class SandboxEntryPoint;
