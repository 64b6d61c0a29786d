using Returns.Hosting.Defaults;
using Returns.Hosting.Http;
using Returns.Hosting.Messaging;
using Returns.Labels;
using Returns.Labels.Carrier;
using Returns.Labels.Data;
using Returns.Persistence.Providers;

var builder = WebApplication.CreateBuilder(args);
if (ProbeCommand.IsRequested(args)) return await ProbeCommand.ProbeAsync(builder.Configuration); // `dotnet Returns.Labels.dll probe`: is the running instance ready?
builder.AddServiceDefaults();

builder.AddExternalHttpClient<ICarrierApi, CarrierApiClient>("Carrier");
builder.AddLabelsDatabase(); // before messaging: the schema is migrated before the first message
builder.AddReturnsMessaging(bus => bus.AddLabelsOutbox().AddLabelsConsumers());

var app = builder.Build();
app.MapServiceDefaults();
return await app.RunOrMigrateAsync(args); // `dotnet Returns.Labels.dll migrate` applies pending migrations and exits
