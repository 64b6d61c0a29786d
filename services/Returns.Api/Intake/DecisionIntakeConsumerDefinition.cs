using MassTransit;
using Returns.Contracts;

namespace Returns.Api.Intake;

/// <summary>Puts the decision intake on its queue, reading plain JSON up to the API's body limit.</summary>
public sealed class DecisionIntakeConsumerDefinition : ConsumerDefinition<DecisionIntakeConsumer>
{
    private readonly long maxBodyBytes;

    public DecisionIntakeConsumerDefinition(ApiOptions options)
    {
        maxBodyBytes = options.MaxRequestBodyBytes;
        EndpointName = ReturnQueues.DecisionIntake;
        // Written to by hand or sent to by address, never published by type: no message-type exchange is bound.
        Endpoint(endpoint => endpoint.ConfigureConsumeTopology = false);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DecisionIntakeConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseRawJsonIntake("a decision", maxBodyBytes);
}
