using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Returns.Eligibility.Policy;

namespace Returns.Tests.Eligibility;

public sealed class ReturnPolicyOptionsSpecs
{
    [Fact]
    public void Defaults_to_a_60_day_window()
    {
        Options(window: null).ReturnWindowDays.ShouldBe(60);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3650)]
    public void Accepts_a_window_from_1_to_3650_days(int days)
    {
        Options(window: days.ToString()).ReturnWindowDays.ShouldBe(days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(3651)]
    public void Refuses_an_impossible_window(int days)
    {
        var error = Should.Throw<OptionsValidationException>(() => Options(window: days.ToString()));
        error.Message.ShouldContain(nameof(ReturnPolicyOptions.ReturnWindowDays));
    }

    [Fact]
    public async Task Stops_the_host_from_starting_with_an_impossible_window()
    {
        using var host = Builder("0").Build();

        await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync());
    }

    private static ReturnPolicyOptions Options(string? window)
    {
        using var host = Builder(window).Build();
        return host.Services.GetRequiredService<IOptions<ReturnPolicyOptions>>().Value;
    }

    private static HostApplicationBuilder Builder(string? window)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (window is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Eligibility:ReturnWindowDays"] = window });
        }

        builder.AddReturnPolicy();
        return builder;
    }
}
