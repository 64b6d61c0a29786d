using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;
using Returns.Orchestrator;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.Configure<OrchestratorOptions>(builder.Configuration.GetSection(OrchestratorOptions.Section));
builder.AddReturnsMessaging(bus => bus.AddReturnSaga());

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
