namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>Every end-to-end spec shares one running system; starting nine processes per test would dominate the run.</summary>
[CollectionDefinition(Name)]
public sealed class ReturnsSystemCollection : ICollectionFixture<ReturnsSystem>
{
    public const string Name = "Returns system";
}
