using Returns.Eligibility;
using Returns.Eligibility.Policy;
using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

builder.AddReturnPolicy();
builder.AddReturnsMessaging(bus => bus.AddEligibilityConsumers());

var app = builder.Build();
app.MapServiceDefaults();
return await app.RunOrProbeAsync(args); // `dotnet Returns.Eligibility.dll probe` asks the running instance whether it is ready
