using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Returns.Sandbox.Smtp;

namespace Returns.Tests.Sandbox;

public sealed class SmtpFaultInjectionSpecs : IClassFixture<SandboxFactory>
{
    private readonly SandboxFactory factory;

    public SmtpFaultInjectionSpecs(SandboxFactory factory) => this.factory = factory;

    [Fact]
    public async Task Faults_put_on_smtp_reach_the_sink_policy_for_the_named_recipient_only()
    {
        var client = factory.CreateClient();
        (await client.PutAsJsonAsync("/faults/smtp", new { failOrders = new[] { "down@example.test" }, failStatusCode = 451 })).EnsureSuccessStatusCode();
        var policy = factory.Services.GetRequiredService<ISmtpFaultPolicy>();

        try
        {
            policy.Decide("down@example.test")!.Code.ShouldBe(451);
            policy.Decide("fine@example.test").ShouldBeNull();
        }
        finally
        {
            await client.DeleteAsync("/faults/smtp");
        }

        policy.Decide("down@example.test").ShouldBeNull();
    }
}
