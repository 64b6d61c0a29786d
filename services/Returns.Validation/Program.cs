using Returns.Hosting.Defaults;
using Returns.Hosting.Http;
using Returns.Hosting.Messaging;
using Returns.Validation;
using Returns.Validation.Orders;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

builder.AddExternalHttpClient<IOrdersApi, OrdersApiClient>("Orders");
builder.AddReturnsMessaging(bus => bus.AddValidationConsumers());

var app = builder.Build();
app.MapServiceDefaults();
return await app.RunOrProbeAsync(args); // `dotnet Returns.Validation.dll probe` asks the running instance whether it is ready
