using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Providers;

namespace Returns.Persistence.Tests.Databases;

public sealed class TestDatabaseSpecs
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Each_provider_gives_a_database_that_accepts_a_query(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var context = new DbContext(new DbContextOptionsBuilder().UseReturnsDatabase(database.Options).Options);

        var answer = await context.Database.SqlQueryRaw<int>("SELECT 42 AS \"Value\"").ToListAsync();

        answer.ShouldBe([42]);
    }
}
