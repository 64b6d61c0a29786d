using Returns.Contracts.Model;
using Returns.Hosting.Logging;

namespace Returns.Tests.Telemetry;

public sealed class LogRedactionSpecs
{
    [Theory]
    [InlineData("Sent to ada@example.test", "Sent to a***@example.test")]
    [InlineData("SMTP 550: <ada.lovelace+returns@mail.example.co.uk> unknown", "SMTP 550: <a***@mail.example.co.uk> unknown")]
    [InlineData("two: ada@example.test, bob@example.test", "two: a***@example.test, b***@example.test")]
    public void Masks_every_email_address(string text, string expected) =>
        LogRedaction.Mask(text).ShouldBe(expected);

    [Fact]
    public void Leaves_an_address_that_is_already_masked_as_it_is() =>
        LogRedaction.Mask("Sent the email to a***@example.test").ShouldBe("Sent the email to a***@example.test");

    [Fact]
    public void Masks_a_postal_address_as_the_contracts_print_it()
    {
        var address = new Address("12 St James's Square", "Flat 3", "London", "SW1Y 4JH", "GB");

        var masked = LogRedaction.Mask($"Carrier refused {address} for return 42");

        masked.ShouldBe("Carrier refused Address { *** } for return 42");
    }

    [Fact]
    public void Masks_the_street_fields_of_a_JSON_body()
    {
        var masked = LogRedaction.Mask("""{"shippingAddress":{"line1":"12 St James's Square","line2":"Flat \"3\"","city":"London"}}""");

        masked.ShouldBe("""{"shippingAddress":{"line1":"***","line2":"***","city":"London"}}""");
    }

    [Fact]
    public void Leaves_ordinary_text_alone() =>
        LogRedaction.Mask("Return 6f1c validated against order ORD-1001: {LineCount} line(s)").ShouldBe("Return 6f1c validated against order ORD-1001: {LineCount} line(s)");
}
