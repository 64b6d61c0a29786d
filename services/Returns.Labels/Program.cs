using Returns.Hosting.Defaults;
using Returns.Hosting.Http;
using Returns.Hosting.Messaging;
using Returns.Labels;
using Returns.Labels.Carrier;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

builder.AddExternalHttpClient<ICarrierApi, CarrierApiClient>("Carrier");
builder.AddReturnsMessaging(bus => bus.AddLabelsConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
