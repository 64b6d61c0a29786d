using Returns.Hosting.Defaults;
using Returns.Hosting.Http;
using Returns.Hosting.Messaging;
using Returns.Validation;
using Returns.Validation.Orders;

var builder = WebApplication.CreateBuilder(args);
if (ProbeCommand.IsRequested(args)) return await ProbeCommand.ProbeAsync(builder.Configuration); // `dotnet Returns.Validation.dll probe`: is the running instance ready?
builder.AddServiceDefaults();

builder.AddExternalHttpClient<IOrdersApi, OrdersApiClient>("Orders");
builder.AddReturnsMessaging(bus => bus.AddValidationConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
return 0;
