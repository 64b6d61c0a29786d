namespace Returns.EndToEnd.Tests.Faults;

/// <summary>The fault specs share one system with short deadlines; they bend its sandbox, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FaultReturnsSystemCollection : ICollectionFixture<FaultReturnsSystem>
{
    public const string Name = "Returns system with faults";
}
