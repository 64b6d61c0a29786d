using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;
using Returns.Orchestrator;
using Returns.Orchestrator.Persistence;
using Returns.Persistence.Providers;

var builder = WebApplication.CreateBuilder(args);
if (ProbeCommand.IsRequested(args)) return await ProbeCommand.ProbeAsync(builder.Configuration); // `dotnet Returns.Orchestrator.dll probe`: is the running instance ready?
builder.AddServiceDefaults();
builder.Services.AddOrchestratorOptions(builder.Configuration);
// Before messaging: the schema is migrated before the bus starts taking messages.
builder.AddOrchestratorDatabase();
builder.AddReturnsMessaging(bus => bus.AddReturnSaga().AddReturnSagaDurability());

var app = builder.Build();
app.MapServiceDefaults();
return await app.RunOrMigrateAsync(args); // `dotnet Returns.Orchestrator.dll migrate` applies pending migrations and exits
