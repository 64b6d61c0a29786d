using Microsoft.EntityFrameworkCore;

namespace Returns.Inventory.Data;

/// <summary>
/// Creates the schema when the database is new. A stand-in until migrations arrive with the
/// persistence issue; registered before the bus so no message is handled against a missing table.
/// </summary>
public sealed class InventorySchemaInitializer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InventoryDbContext>().Database.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
