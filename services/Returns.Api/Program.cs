using System.Text.Json.Serialization;
using Returns.Api;
using Returns.Api.Escalations;
using Returns.Api.Returns;
using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;

var builder = WebApplication.CreateBuilder(args);
if (ProbeCommand.IsRequested(args)) return await ProbeCommand.ProbeAsync(builder.Configuration); // `dotnet Returns.Api.dll probe`: is the running instance ready?
builder.AddServiceDefaults();
var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new();
builder.AddRequestBodyLimit(options);
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.AddReturnsMessaging(bus => bus.AddReturnRequestClients(options).AddReturnIntake(options));

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapServiceDefaults();
app.MapReturnEndpoints();
app.MapEscalationEndpoints();
app.Run();
return 0;
