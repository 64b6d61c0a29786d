using Returns.Notifications.Email;

namespace Returns.Tests.Notifications;

public sealed class EmailComposerSpecs
{
    [Fact]
    public void A_confirmation_lists_every_line_the_label_and_the_refund()
    {
        var content = EmailComposer.Confirmation(ReturnEmails.Confirmation(Guid.NewGuid()) with { RefundAmount = 1234.5m });

        content.Subject.ShouldContain("ORD-1001");
        content.Body.ShouldContain("  - 2 x Mug (SKU-MUG)");
        content.Body.ShouldContain("  - 1 x T-shirt (SKU-TEE)");
        content.Body.ShouldContain("1Z999AA10123456784");
        content.Body.ShouldContain("http://127.0.0.1:5080/carrier/labels/LBL-1/pdf");
        content.Body.ShouldContain("1234.50 EUR");
    }

    [Fact]
    public void A_notice_without_a_reason_says_so_rather_than_leaving_a_blank()
    {
        var content = EmailComposer.Rejection(ReturnEmails.Rejection(Guid.NewGuid()) with { Reason = " " });

        content.Body.ShouldContain("Reason: not given");
    }
}
