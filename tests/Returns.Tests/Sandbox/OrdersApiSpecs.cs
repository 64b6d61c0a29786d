using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Returns.Tests.Sandbox;

public sealed class OrdersApiSpecs(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _client = sandbox.CreateClient();

    [Fact]
    public async Task Returns_the_happy_path_order_in_the_contract_shape()
    {
        var response = await _client.GetAsync("/orders/ORD-1001");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        order.GetProperty("orderNumber").GetString().ShouldBe("ORD-1001");
        order.GetProperty("currency").GetString().ShouldBe("EUR");
        order.GetProperty("customer").GetProperty("name").GetString().ShouldBe("Ada Lovelace");
        order.GetProperty("customer").GetProperty("email").GetString().ShouldBe("ada@example.test");
        var address = order.GetProperty("shippingAddress");
        address.GetProperty("line1").GetString().ShouldNotBeNullOrWhiteSpace();
        address.GetProperty("line2").ValueKind.ShouldBe(JsonValueKind.Null);
        address.GetProperty("country").GetString().ShouldBe("GB");
        var lines = order.GetProperty("lines").EnumerateArray()
            .Select(line => (
                line.GetProperty("sku").GetString(),
                line.GetProperty("quantity").GetInt32(),
                line.GetProperty("unitPrice").GetDecimal(),
                line.GetProperty("finalSale").GetBoolean()))
            .ToArray();
        lines.ShouldBe([("SKU-MUG", 2, 12.50m, false), ("SKU-TEE", 1, 20.00m, false)]);
    }

    [Theory]
    [InlineData("ORD-1001", 10)]
    [InlineData("ORD-1002", 60)]
    [InlineData("ORD-1003", 5)]
    [InlineData("ORD-2001", 75)]
    [InlineData("ORD-3001", 3)]
    [InlineData("ORD-4001", 4)]
    public async Task Dates_each_seeded_order_back_from_the_sandbox_start(string orderNumber, int ageInDays)
    {
        var order = await _client.GetFromJsonAsync<JsonElement>($"/orders/{orderNumber}");

        order.GetProperty("purchasedAt").GetDateTimeOffset().ShouldBe(SandboxFactory.StartedAt.AddDays(-ageInDays));
    }

    [Fact]
    public async Task Marks_only_the_clearance_line_of_ORD_3001_as_final_sale()
    {
        var order = await _client.GetFromJsonAsync<JsonElement>("/orders/ORD-3001");

        var finalSale = order.GetProperty("lines").EnumerateArray()
            .Where(line => line.GetProperty("finalSale").GetBoolean())
            .Select(line => line.GetProperty("sku").GetString());
        finalSale.ShouldBe(["SKU-CLEARANCE"]);
        order.GetProperty("lines").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Gives_every_seeded_order_its_own_customer()
    {
        string[] orderNumbers = ["ORD-1001", "ORD-1002", "ORD-1003", "ORD-2001", "ORD-3001", "ORD-4001"];

        var emails = new List<string>();
        foreach (var orderNumber in orderNumbers)
        {
            var order = await _client.GetFromJsonAsync<JsonElement>($"/orders/{orderNumber}");
            emails.Add(order.GetProperty("customer").GetProperty("email").GetString()!);
        }

        emails.Distinct().Count().ShouldBe(orderNumbers.Length);
        emails.ShouldAllBe(email => email.EndsWith("@example.test"));
    }

    [Fact]
    public async Task Answers_404_ProblemDetails_for_an_unknown_order()
    {
        var response = await _client.GetAsync("/orders/ORD-9999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        problem!.Detail.ShouldNotBeNull().ShouldContain("ORD-9999");
    }
}
