using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts;
using Returns.Contracts.Labels;
using Returns.Labels;
using Returns.Labels.Carrier;
using Returns.Tests.Support;

namespace Returns.Tests.Labels;

public sealed class VoidReturnLabelConsumerSpecs : IAsyncLifetime
{
    private readonly StubHttpHandler carrier = new();
    private readonly Guid returnId = Guid.NewGuid();
    private ConsumerHarness bus = null!;

    public async Task InitializeAsync() =>
        bus = await ConsumerHarness.StartAsync(
            b => b.AddLabelsConsumers(),
            services => services.AddSingleton<ICarrierApi>(new CarrierApiClient(carrier.CreateClient())));

    public async Task DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task Publishes_ReturnLabelVoided_when_the_carrier_voids_the_label()
    {
        carrier.Respond(HttpMethod.Post, "/carrier/labels/LBL-0001/void", HttpStatusCode.OK, new { labelId = "LBL-0001", status = "void" });

        await Void("LBL-0001");

        var voided = await bus.PublishedAsync<ReturnLabelVoided>(m => m.ReturnId == returnId);
        voided.LabelId.ShouldBe("LBL-0001");
        carrier.CallsTo(HttpMethod.Post, "/carrier/labels/LBL-0001/void").ShouldBe(1);
    }

    [Fact]
    public async Task Publishes_ReturnLabelVoidFailed_for_a_label_the_carrier_does_not_know()
    {
        carrier.RespondProblem(HttpMethod.Post, "/carrier/labels/LBL-4040/void", HttpStatusCode.NotFound, "Label LBL-4040 was not found");

        await Void("LBL-4040");

        var failed = await bus.PublishedAsync<ReturnLabelVoidFailed>(m => m.ReturnId == returnId);
        failed.LabelId.ShouldBe("LBL-4040");
        failed.Reason.ShouldBe("Label LBL-4040 was not found");
        (await bus.AllPublished<ReturnLabelVoided>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Publishes_ReturnLabelVoidFailed_with_the_carriers_reason_for_another_refusal()
    {
        carrier.RespondProblem(HttpMethod.Post, "/carrier/labels/LBL-0001/void", HttpStatusCode.Conflict, "Label LBL-0001 is already in transit");

        await Void("LBL-0001");

        var failed = await bus.PublishedAsync<ReturnLabelVoidFailed>(m => m.ReturnId == returnId);
        failed.Reason.ShouldBe("Label LBL-0001 is already in transit");
    }

    [Fact]
    public async Task Lets_a_transient_failure_escape_so_the_message_is_retried_then_faulted()
    {
        carrier.RespondProblem(HttpMethod.Post, "/carrier/labels/LBL-0001/void", HttpStatusCode.BadGateway, "Carrier gateway unreachable");

        await Void("LBL-0001");

        var fault = await bus.PublishedAsync<Fault<VoidReturnLabel>>(f => f.Message.ReturnId == returnId);
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("Carrier gateway unreachable");
        carrier.CallsTo(HttpMethod.Post, "/carrier/labels/LBL-0001/void").ShouldBe(1 + ConsumerHarness.FastRetries.Length);
        (await bus.AllPublished<ReturnLabelVoidFailed>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Faults_a_command_without_a_label_id()
    {
        await Void(" ");

        var fault = await bus.PublishedAsync<Fault<VoidReturnLabel>>(f => f.Message.ReturnId == returnId);
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("has no label id");
        carrier.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Faults_a_command_with_an_empty_ReturnId()
    {
        await bus.SendAsync(ReturnQueues.VoidReturnLabel, new VoidReturnLabel(Guid.Empty, "LBL-0001"));

        var fault = await bus.PublishedAsync<Fault<VoidReturnLabel>>();
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("empty ReturnId");
        carrier.Requests.ShouldBeEmpty();
    }

    private Task Void(string labelId) => bus.SendAsync(ReturnQueues.VoidReturnLabel, new VoidReturnLabel(returnId, labelId));
}
