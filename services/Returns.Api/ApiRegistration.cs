using MassTransit;
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
}
