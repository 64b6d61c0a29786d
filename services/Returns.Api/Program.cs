using System.Text.Json.Serialization;
using Returns.Api;
using Returns.Api.Escalations;
using Returns.Api.Returns;
using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;

var builder = WebApplication.CreateBuilder(args);
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
return await app.RunOrProbeAsync(args); // `dotnet Returns.Api.dll probe` asks the running instance whether it is ready
