using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Returns.Inventory.Api;
using Returns.Inventory.Data;

namespace Returns.Tests.Inventory;

public sealed class InventoryEndpointsSpecs : IAsyncLifetime
{
    private readonly string connectionString = $"Data Source=inventory-api-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private SqliteConnection keeper = null!;
    private WebApplication app = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        keeper = new SqliteConnection(connectionString);
        await keeper.OpenAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Database:ConnectionString"] = connectionString;
        builder.Services.AddProblemDetails();
        builder.AddInventoryDatabase();
        app = builder.Build();
        app.MapInventoryEndpoints();
        await app.StartAsync();
        http = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await keeper.DisposeAsync();
    }

    [Fact]
    public async Task Shows_the_rows_of_a_return_and_the_units_still_returning()
    {
        var returnId = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            db.ReturningItems.AddRange(
                new ReturningItem { ReturnId = returnId, Sku = "SKU-MUG", Quantity = 2, Status = ReturningItemStatus.Returning, MarkedAt = at },
                new ReturningItem { ReturnId = returnId, Sku = "SKU-TEE", Quantity = 1, Status = ReturningItemStatus.Reverted, MarkedAt = at, RevertedAt = at.AddHours(1) },
                new ReturningItem { ReturnId = Guid.NewGuid(), Sku = "SKU-OTHER", Quantity = 9, Status = ReturningItemStatus.Returning, MarkedAt = at });
            await db.SaveChangesAsync();
        }

        var view = await http.GetFromJsonAsync<ReturningItemsView>($"/inventory/returning?returnId={returnId}");

        view.ShouldNotBeNull();
        view.ReturnId.ShouldBe(returnId);
        view.UnitsReturning.ShouldBe(2);
        view.Items.ShouldBe(
        [
            new ReturningItemView("SKU-MUG", 2, "Returning", at, null),
            new ReturningItemView("SKU-TEE", 1, "Reverted", at, at.AddHours(1)),
        ]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?returnId=not-a-guid")]
    [InlineData("?returnId=00000000-0000-0000-0000-000000000000")]
    public async Task Answers_400_ProblemDetails_for_a_missing_or_bad_return_id(string query)
    {
        var response = await http.GetAsync($"/inventory/returning{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        problem.ShouldNotBeNull().Detail.ShouldNotBeNull().ShouldContain("returnId");
    }
}
