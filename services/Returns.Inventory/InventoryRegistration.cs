using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Inventory.Consumers;

namespace Returns.Inventory;

public static class InventoryRegistration
{
    /// <summary>The mark and revert consumers on their queues; the database comes from AddInventoryDatabase.</summary>
    public static IBusRegistrationConfigurator AddInventoryConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(TimeProvider.System);
        bus.AddConsumer<MarkItemsReturningConsumer, MarkItemsReturningConsumerDefinition>();
        bus.AddConsumer<RevertReturningItemsConsumer, RevertReturningItemsConsumerDefinition>();
        return bus;
    }
}
