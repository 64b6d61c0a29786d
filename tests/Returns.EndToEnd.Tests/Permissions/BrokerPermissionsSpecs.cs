using System.Text;
using RabbitMQ.Client;
using Returns.Contracts;
using Returns.Contracts.Decisions;
using Returns.Contracts.Labels;
using Returns.EndToEnd.Tests.Infrastructure;
using Returns.EndToEnd.Tests.Intake;

namespace Returns.EndToEnd.Tests.Permissions;

/// <summary>
/// infra/rabbitmq/definitions.json against the real local broker: it loads; each service's user may do what
/// MassTransit does for that service and nothing of another's; the operator sees everything and can replay
/// an _error queue. (The end-to-end specs then run every service as its own user.)
/// </summary>
public sealed class BrokerPermissionsSpecs(PermissionsBroker broker) : IClassFixture<PermissionsBroker>
{
    private static readonly ReadOnlyMemory<byte> Body = Encoding.UTF8.GetBytes("""{"returnId":"00000000-0000-0000-0000-000000000001"}""");

    [Fact]
    public void The_definitions_file_has_the_returns_virtual_host_a_user_per_service_and_the_operator_and_no_passwords()
    {
        var definitions = BrokerDefinitions.Load();

        BrokerDefinitions.Array(definitions, "vhosts").Select(v => (string)v["name"]!).ShouldBe([BrokerDefinitions.VirtualHost]);
        var users = BrokerDefinitions.Array(definitions, "users").ToList();
        users.Select(u => (string)u["name"]!).ShouldBe(
            BrokerDefinitions.Services.Append(BrokerDefinitions.Operator).Select(s => BrokerDefinitions.UserPrefix + s), ignoreOrder: true);
        users.ShouldAllBe(u => (string)u["password_hash"]! == string.Empty);
        BrokerDefinitions.Array(definitions, "permissions").Select(p => (string)p["user"]!)
            .ShouldBe(users.Select(u => (string)u["name"]!), ignoreOrder: true);
        BrokerDefinitions.Array(definitions, "permissions").ShouldAllBe(p => (string)p["vhost"]! == BrokerDefinitions.VirtualHost);
    }

    [SkippableTheory]
    [MemberData(nameof(ServiceBusWork.Services), MemberType = typeof(ServiceBusWork))]
    public async Task Each_service_may_do_everything_MassTransit_does_for_it(string service)
    {
        Skip.If(broker.Unavailable is not null, broker.Unavailable);
        await using var login = await broker.LogIn(service);

        var refused = new List<string>();
        foreach (var (what, operation) in ServiceBusWork.Of(service))
        {
            if (await login.Refusal(operation) is { } refusal)
            {
                refused.Add($"{what}: {refusal}");
            }
        }

        refused.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task A_service_cannot_consume_another_services_queue()
    {
        Skip.If(broker.Unavailable is not null, broker.Unavailable);
        await DeclareQueues(ReturnQueues.ValidateOrder, ReturnQueues.CreateReturnLabel, ReturnQueues.Orchestrator, ReturnQueues.ReturnIntake, ReturnQueues.ValidateOrder + "_error");

        await ShouldBeRefused("labels", MassTransitTopology.Consume(ReturnQueues.ValidateOrder));
        await ShouldBeRefused("validation", MassTransitTopology.Consume(ReturnQueues.CreateReturnLabel));
        await ShouldBeRefused("validation", MassTransitTopology.Consume(ReturnQueues.Orchestrator));
        await ShouldBeRefused("refunds", MassTransitTopology.Consume(ReturnQueues.ValidateOrder + "_error"));
        await ShouldBeRefused("api", MassTransitTopology.Consume(ReturnQueues.CreateReturnLabel));
        await ShouldBeRefused("api", MassTransitTopology.Consume(ReturnQueues.Orchestrator));
        await ShouldBeRefused("orchestrator", MassTransitTopology.Consume(ReturnQueues.ReturnIntake));
        // A purge is a read as well: nobody empties another service's queue either.
        await ShouldBeRefused("labels", channel => channel.QueuePurgeAsync(ReturnQueues.ValidateOrder));
        // Its own queue it may read, so the refusals above are about whose queue it is.
        (await Allowed("labels", MassTransitTopology.Consume(ReturnQueues.CreateReturnLabel))).ShouldBeTrue();
    }

    [SkippableFact]
    public async Task A_service_cannot_publish_to_a_queue_or_as_a_service_it_has_no_business_with()
    {
        Skip.If(broker.Unavailable is not null, broker.Unavailable);
        await DeclareQueues(ReturnQueues.CreateReturnLabel, ReturnQueues.Orchestrator);

        // Straight into another step's queue, through its exchange or the default exchange.
        await ShouldBeRefused("validation", PublishOn(ReturnQueues.CreateReturnLabel));
        await ShouldBeRefused("validation", PublishOn(string.Empty, routingKey: ReturnQueues.CreateReturnLabel));
        await ShouldBeRefused("api", PublishOn(ReturnQueues.CreateReturnLabel));
        await ShouldBeRefused("labels", PublishOn(ReturnQueues.Orchestrator));
        // Another step's event, a human decision, a command: each is someone else's to publish.
        await ShouldBeRefused("validation", PublishOn(MassTransitTopology.Exchange<ReturnLabelCreated>()));
        await ShouldBeRefused("labels", PublishOn(MassTransitTopology.Exchange<ApproveReturn>()));
        await ShouldBeRefused("api", PublishOn(MassTransitTopology.Exchange<CreateReturnLabel>()));
        // Nor may a service bind someone else's messages to a queue of its own to read them.
        await ShouldBeRefused("labels", channel => channel.ExchangeBindAsync(ReturnQueues.CreateReturnLabel, MassTransitTopology.Exchange<ApproveReturn>(), string.Empty));
    }

    [SkippableFact]
    public async Task The_operator_sees_every_queue_and_connection_and_moves_an_error_queue_back_with_the_shovel()
    {
        Skip.If(broker.Unavailable is not null, broker.Unavailable);
        var queue = ReturnQueues.SendRejectionNotice;
        await using var notifications = await broker.LogIn("notifications");
        (await notifications.Allowed(MassTransitTopology.ReceiveEndpoint(queue))).ShouldBeTrue();
        using var ui = new RabbitMqUi(broker.VirtualHost.Name, broker.Users[BrokerDefinitions.Operator]);

        // Publishing by hand, as from the error queue's page (the default exchange, routed by queue name).
        await ui.Publish("amq.default", """{"returnId":"00000000-0000-0000-0000-000000000002"}""", routingKey: queue + "_error");
        await ui.Publish("amq.default", """{"returnId":"00000000-0000-0000-0000-000000000003"}""", routingKey: queue + "_error");

        (await ui.QueueNames()).ShouldContain(queue + "_error");
        // Another user's connection, which only a "monitoring" login sees (it shows once the broker's statistics have it).
        await WaitFor(async () => (await ui.ConnectionUsers()).Contains(broker.Users["notifications"].Name), "the notifications user's connection on the connections page");
        var waiting = await MessageCount(queue);
        var failed = await MessageCount(queue + "_error");
        failed.ShouldBeGreaterThanOrEqualTo(2u);

        await ui.MoveMessages(queue + "_error", queue);

        await WaitFor(async () => await MessageCount(queue) == waiting + failed && await MessageCount(queue + "_error") == 0,
            $"the {failed} messages of {queue}_error moved to {queue}");
    }

    [SkippableFact]
    public async Task A_message_no_queue_is_bound_for_waits_in_returns_unrouted_instead_of_vanishing()
    {
        Skip.If(broker.Unavailable is not null, broker.Unavailable);
        var before = await MessageCount("returns-unrouted");
        // No saga runs here; the exchange goes, so no binding another spec made (as the orchestrator) stays behind.
        await using (var administrator = await broker.LogInAsAdministrator())
        {
            (await administrator.Allowed(channel => channel.ExchangeDeleteAsync(MassTransitTopology.Exchange<ReturnRequested>()))).ShouldBeTrue();
        }

        (await Allowed("api", MassTransitTopology.Publish(MassTransitTopology.Exchange<ReturnRequested>()))).ShouldBeTrue();

        await WaitFor(async () => await MessageCount("returns-unrouted") == before + 1, "the unrouted ReturnRequested in returns-unrouted");
    }

    private async Task ShouldBeRefused(string service, Func<IChannel, Task> operation) =>
        (await Allowed(service, operation)).ShouldBeFalse($"{service} was allowed what is not its business");

    private async Task<bool> Allowed(string service, Func<IChannel, Task> operation)
    {
        await using var login = await broker.LogIn(service);
        return await login.Allowed(operation);
    }

    private static Func<IChannel, Task> PublishOn(string exchange, string routingKey = "") => async channel =>
        await channel.BasicPublishAsync(exchange, routingKey, Body);

    /// <summary>Declares queues (with their own exchanges) as the administrator, as their services would on start.</summary>
    private async Task DeclareQueues(params string[] queues)
    {
        await using var administrator = await broker.LogInAsAdministrator();
        foreach (var queue in queues)
        {
            (await administrator.Allowed(async channel =>
            {
                await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true);
                await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
                await channel.QueueBindAsync(queue, queue, string.Empty);
            })).ShouldBeTrue();
        }
    }

    /// <summary>The messages in a queue right now (the broker's own count, not the management statistics, which lag).</summary>
    private async Task<uint> MessageCount(string queue)
    {
        await using var administrator = await broker.LogInAsAdministrator();
        uint count = 0;
        (await administrator.Allowed(async channel => count = (await channel.QueueDeclarePassiveAsync(queue)).MessageCount)).ShouldBeTrue();
        return count;
    }

    private static async Task WaitFor(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 30 s for {what}.");
            }

            await Task.Delay(200);
        }
    }
}
