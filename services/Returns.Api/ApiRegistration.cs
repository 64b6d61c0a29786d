using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Api.Intake;
using Returns.Contracts.Decisions;
using Returns.Contracts.Escalations;
using Returns.Contracts.Status;

namespace Returns.Api;

public static class ApiRegistration
{
    /// <summary>Request clients for the questions the API puts to the saga, all with the configured timeout.</summary>
    public static IBusRegistrationConfigurator AddReturnRequestClients(this IBusRegistrationConfigurator bus, ApiOptions options)
    {
        var timeout = RequestTimeout.After(s: options.RequestTimeoutSeconds);
        bus.AddRequestClient<GetReturnStatus>(timeout);
        bus.AddRequestClient<SearchReturns>(timeout);
        bus.AddRequestClient<ApproveReturn>(timeout);
        bus.AddRequestClient<DenyReturn>(timeout);
        bus.AddRequestClient<RetryReturnStep>(timeout);
        bus.AddRequestClient<CancelReturn>(timeout);
        bus.AddRequestClient<ResolveReturn>(timeout);
        bus.AddRequestClient<ListEscalations>(timeout);
        return bus;
    }

    /// <summary>
    /// The plain-JSON doors on the bus, queues return-intake and decision-intake: what someone pastes into
    /// the RabbitMQ UI is checked with the HTTP API's rules and passed on as the typed message; anything
    /// unusable lands in the queue's _error neighbour with the reason. The consumers ask the saga through
    /// the request clients of <see cref="AddReturnRequestClients"/>.
    /// </summary>
    public static IBusRegistrationConfigurator AddReturnIntake(this IBusRegistrationConfigurator bus, ApiOptions options)
    {
        bus.TryAddSingleton(options);
        bus.AddConsumer<ReturnIntakeConsumer, ReturnIntakeConsumerDefinition>();
        bus.AddConsumer<DecisionIntakeConsumer, DecisionIntakeConsumerDefinition>();
        return bus;
    }
}
