using Returns.Notifications.Email;

namespace Returns.Tests.Notifications;

public sealed class EmailAddressMaskSpecs
{
    [Theory]
    [InlineData("ada@example.test", "a***@example.test")]
    [InlineData(" Bob.Smith@Shop.Example ", "B***@Shop.Example")]
    [InlineData("x@y", "x***@y")]
    [InlineData("no-at-sign", "***")]
    [InlineData("@example.test", "***")]
    [InlineData("", "(none)")]
    [InlineData(null, "(none)")]
    public void Keeps_the_first_letter_and_the_domain_only(string? address, string masked) =>
        EmailAddressMask.Mask(address).ShouldBe(masked);

    [Fact]
    public void Redacts_an_address_inside_a_text_whatever_its_case() =>
        EmailAddressMask.Redact("550 <ADA@example.test> unknown", "ada@example.test").ShouldBe("550 <a***@example.test> unknown");
}
