using Returns.Eligibility.Rules;

namespace Returns.Tests.Eligibility;

public sealed class ReturnWindowRuleSpecs
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(60 * 24 - 1, 0)]
    [InlineData(60 * 24, 1)]
    [InlineData(61 * 24 * 60 - 1, 60)]
    [InlineData(61 * 24 * 60, 61)]
    public void Counts_whole_elapsed_days_whatever_the_offsets(int minutes, int days)
    {
        // Purchased late evening at +02:00, requested at -05:00: calendar dates would disagree, instants do not.
        var purchasedAt = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.FromHours(2));
        var requestedAt = purchasedAt.AddMinutes(minutes).ToOffset(TimeSpan.FromHours(-5));

        ReturnWindowRule.DaysAfterPurchase(purchasedAt, requestedAt).ShouldBe(days);
    }
}
