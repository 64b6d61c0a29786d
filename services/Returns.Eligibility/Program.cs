using Returns.Eligibility;
using Returns.Eligibility.Policy;
using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;

var builder = WebApplication.CreateBuilder(args);
if (ProbeCommand.IsRequested(args)) return await ProbeCommand.ProbeAsync(builder.Configuration); // `dotnet Returns.Eligibility.dll probe`: is the running instance ready?
builder.AddServiceDefaults();

builder.AddReturnPolicy();
builder.AddReturnsMessaging(bus => bus.AddEligibilityConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
return 0;
