using System.Net;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Labels;
using Returns.Labels.Carrier;
using Returns.Tests.Support;

namespace Returns.Tests.Labels;

public sealed class CreateReturnLabelConsumerSpecs : IAsyncLifetime
{
    private static readonly Address Home = new("12 St James's Square", "Flat 3", "London", "SW1Y 4JH", "GB");

    private readonly StubHttpHandler carrier = new();
    private readonly Guid returnId = Guid.NewGuid();
    private ConsumerHarness bus = null!;

    public async Task InitializeAsync() =>
        bus = await ConsumerHarness.StartAsync(
            b => b.AddLabelsConsumers(),
            services => services.AddSingleton<ICarrierApi>(new CarrierApiClient(carrier.CreateClient())));

    public async Task DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task Publishes_ReturnLabelCreated_with_the_carriers_label()
    {
        carrier.IssuingLabels();

        await Create(Command());

        var created = await bus.PublishedAsync<ReturnLabelCreated>(m => m.ReturnId == returnId);
        created.LabelId.ShouldBe("LBL-0001");
        created.TrackingNumber.ShouldBe("1Z00000001");
        created.LabelUrl.ShouldBe("http://127.0.0.1:5080/carrier/labels/LBL-0001/pdf");
        created.CreatedAt.ShouldBe(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Sends_the_order_customer_address_and_item_count_as_the_carrier_expects()
    {
        carrier.IssuingLabels();

        await Create(Command());
        await bus.PublishedAsync<ReturnLabelCreated>(m => m.ReturnId == returnId);

        // Read back as the carrier would (camelCase JSON), not through our own request type.
        var body = carrier.Requests.ShouldHaveSingleItem().BodyAs<JsonElement>();
        body.GetProperty("orderNumber").GetString().ShouldBe("ORD-1001");
        body.GetProperty("customerName").GetString().ShouldBe("Ada Lovelace");
        body.GetProperty("itemCount").GetInt32().ShouldBe(3);
        var from = body.GetProperty("from");
        from.GetProperty("line1").GetString().ShouldBe("12 St James's Square");
        from.GetProperty("line2").GetString().ShouldBe("Flat 3");
        from.GetProperty("city").GetString().ShouldBe("London");
        from.GetProperty("postalCode").GetString().ShouldBe("SW1Y 4JH");
        from.GetProperty("country").GetString().ShouldBe("GB");
    }

    [Fact]
    public async Task Sends_the_ReturnId_as_the_Idempotency_Key()
    {
        carrier.IssuingLabels();

        await Create(Command());
        await bus.PublishedAsync<ReturnLabelCreated>(m => m.ReturnId == returnId);

        carrier.Requests.ShouldHaveSingleItem().Header("Idempotency-Key").ShouldBe(returnId.ToString());
    }

    [Fact]
    public async Task Sends_the_same_key_for_a_duplicate_command_so_the_carrier_issues_one_label()
    {
        carrier.IssuingLabels();

        await Create(Command());
        await Create(Command());

        (await bus.Harness.Consumed.SelectAsync<CreateReturnLabel>().Take(2).CountAsync()).ShouldBe(2);
        var created = await PublishedTwice();
        created.Select(m => m.LabelId).Distinct().ShouldHaveSingleItem().ShouldBe("LBL-0001");
        carrier.Requests.Count.ShouldBe(2);
        carrier.Requests.Select(r => r.Header("Idempotency-Key")).ShouldAllBe(key => key == returnId.ToString());
    }

    [Fact]
    public async Task Publishes_ReturnLabelFailed_with_the_carriers_reason_when_it_refuses()
    {
        carrier.RespondProblem(HttpMethod.Post, "/carrier/labels", HttpStatusCode.UnprocessableEntity, "We do not collect from GB postcode SW1Y 4JH");

        await Create(Command());

        var failed = await bus.PublishedAsync<ReturnLabelFailed>(m => m.ReturnId == returnId);
        failed.Reason.ShouldBe("We do not collect from GB postcode SW1Y 4JH");
        carrier.CallsTo(HttpMethod.Post, "/carrier/labels").ShouldBe(1);
        (await bus.AllPublished<ReturnLabelCreated>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Lets_a_transient_failure_escape_so_the_message_is_retried_then_faulted()
    {
        carrier.RespondProblem(HttpMethod.Post, "/carrier/labels", HttpStatusCode.ServiceUnavailable, "Carrier is down");

        await Create(Command());

        var fault = await bus.PublishedAsync<Fault<CreateReturnLabel>>(f => f.Message.ReturnId == returnId);
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("Carrier is down");
        carrier.CallsTo(HttpMethod.Post, "/carrier/labels").ShouldBe(1 + ConsumerHarness.FastRetries.Length);
        (await bus.AllPublished<ReturnLabelFailed>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Faults_a_command_with_missing_fields_naming_them_without_calling_the_carrier()
    {
        await Create(Command() with { OrderNumber = " ", From = Home with { PostalCode = "" } });

        var fault = await bus.PublishedAsync<Fault<CreateReturnLabel>>(f => f.Message.ReturnId == returnId);
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("missing: order number, postal code");
        carrier.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Faults_a_command_with_no_items()
    {
        await Create(Command() with { ItemCount = 0 });

        var fault = await bus.PublishedAsync<Fault<CreateReturnLabel>>(f => f.Message.ReturnId == returnId);
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("item count 0");
        carrier.Requests.ShouldBeEmpty();
    }

    private CreateReturnLabel Command() =>
        new(returnId, "ORD-1001", new Customer("Ada Lovelace", "ada@example.test"), Home, 3);

    private Task Create(CreateReturnLabel command) => bus.SendAsync(ReturnQueues.CreateReturnLabel, command);

    private async Task<List<ReturnLabelCreated>> PublishedTwice() =>
        await bus.Harness.Published.SelectAsync<ReturnLabelCreated>(p => p.Context.Message.ReturnId == returnId)
            .Take(2)
            .Select(p => p.Context.Message)
            .ToListAsync();
}
