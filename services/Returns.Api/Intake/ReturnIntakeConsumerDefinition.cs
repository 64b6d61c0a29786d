using MassTransit;
using Returns.Contracts;

namespace Returns.Api.Intake;

/// <summary>Puts the return intake on its queue, reading plain JSON up to the API's body limit.</summary>
public sealed class ReturnIntakeConsumerDefinition : ConsumerDefinition<ReturnIntakeConsumer>
{
    private readonly long maxBodyBytes;

    public ReturnIntakeConsumerDefinition(ApiOptions options)
    {
        maxBodyBytes = options.MaxRequestBodyBytes;
        EndpointName = ReturnQueues.ReturnIntake;
        // Written to by hand or sent to by address, never published by type: no message-type exchange is bound.
        Endpoint(endpoint => endpoint.ConfigureConsumeTopology = false);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ReturnIntakeConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseRawJsonIntake("a return request", maxBodyBytes);
}
