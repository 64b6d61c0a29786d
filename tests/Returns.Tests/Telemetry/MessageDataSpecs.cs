using MassTransit;
using MassTransit.Events;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Contracts.Validation;
using Returns.Hosting.Logging;

namespace Returns.Tests.Telemetry;

/// <summary>What the log scope reads off a message: its ReturnId, and the personal data to mask.</summary>
public sealed class MessageDataSpecs
{
    private static readonly Guid ReturnId = Guid.NewGuid();
    private static readonly CreateReturnLabel Label = new(ReturnId, "ORD-1001", new Customer("Ada Lovelace", "ada@example.test"),
        new Address("12 St James's Square", "Flat 3", "London", "SW1Y 4JH", "GB"), 3);

    [Fact]
    public void Reads_the_ReturnId_of_a_command_and_of_the_fault_that_wraps_it()
    {
        MessageReturnId<CreateReturnLabel>.Of(Label).ShouldBe(ReturnId);
        MessageReturnId<Fault<CreateReturnLabel>>.Of(Fault(Label)).ShouldBe(ReturnId);
    }

    [Fact]
    public void Finds_no_ReturnId_in_a_message_without_one() =>
        MessageReturnId<Unrelated>.Of(new Unrelated("a search")).ShouldBeNull();

    [Fact]
    public void Finds_the_email_and_street_lines_however_deep_they_sit()
    {
        PersonalData<CreateReturnLabel>.Of(Label).ShouldBe(["ada@example.test", "12 St James's Square", "Flat 3"], ignoreOrder: true);
        PersonalData<Fault<CreateReturnLabel>>.Of(Fault(Label)).ShouldBe(["ada@example.test", "12 St James's Square", "Flat 3"], ignoreOrder: true);

        var order = new OrderSnapshot("ORD-1001", DateTimeOffset.UtcNow, "EUR", Label.Customer, Label.From, []);
        PersonalData<OrderValidated>.Of(new OrderValidated(ReturnId, order)).ShouldBe(["ada@example.test", "12 St James's Square", "Flat 3"], ignoreOrder: true);
    }

    public sealed record Unrelated(string Name);

    private static Fault<T> Fault<T>(T message) where T : class =>
        new FaultEvent<T>(message, NewId.NextGuid(), MassTransit.Metadata.HostMetadataCache.Host, new InvalidOperationException("carrier down"), [MessageUrn.ForTypeString<T>()]);
}
