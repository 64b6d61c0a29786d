using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Inventory.Consumers;
using Returns.Inventory.Data;
using Returns.Persistence.Outbox;

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

    /// <summary>
    /// Every Inventory endpoint behind the inbox/outbox in the Inventory database: the rows and the event
    /// they announce commit together, and a redelivered command (same MessageId) is not consumed twice.
    /// </summary>
    public static IBusRegistrationConfigurator AddInventoryOutbox(this IBusRegistrationConfigurator bus) =>
        bus.AddEntityFrameworkOutbox<InventoryDbContext>(everyEndpoint: true);
}
