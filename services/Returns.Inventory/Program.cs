using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;
using Returns.Inventory;
using Returns.Inventory.Api;
using Returns.Inventory.Data;
using Returns.Persistence.Providers;

var builder = WebApplication.CreateBuilder(args);
if (ProbeCommand.IsRequested(args)) return await ProbeCommand.ProbeAsync(builder.Configuration); // `dotnet Returns.Inventory.dll probe`: is the running instance ready?
builder.AddServiceDefaults();
builder.AddInventoryDatabase(); // before messaging: the schema is migrated before the first message
builder.AddReturnsMessaging(bus => bus.AddInventoryOutbox().AddInventoryConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.MapInventoryEndpoints();
return await app.RunOrMigrateAsync(args); // `dotnet Returns.Inventory.dll migrate` applies pending migrations and exits
