namespace Returns.Demo;

/// <summary>One demo return: which seeded order, and where it should end up.</summary>
public sealed record DemoCase(string Title, string OrderNumber, string Reason, string ExpectedState);
