using Microsoft.Extensions.Configuration;
using Returns.Hosting.Messaging;

namespace Returns.Tests.Hosting;

public sealed class MessagingOptionsSpecs
{
    [Fact]
    public void Without_settings_retries_four_times_the_last_after_a_breaker_s_break()
    {
        var options = MessagingOptions.From(new ConfigurationBuilder().Build());

        options.RetryIntervalsMs.ShouldBe([200, 1000, 3000, 8000]);
    }

    [Fact]
    public void Configured_retry_intervals_replace_the_defaults_rather_than_add_to_them()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messaging:RetryIntervalsMs:0"] = "100",
            ["Messaging:PrefetchCount"] = "4",
        }).Build();

        var options = MessagingOptions.From(configuration);

        options.RetryIntervalsMs.ShouldBe([100]);
        options.PrefetchCount.ShouldBe(4);
    }
}
