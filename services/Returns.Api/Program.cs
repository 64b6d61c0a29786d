using System.Text.Json.Serialization;
using Returns.Api;
using Returns.Api.Escalations;
using Returns.Api.OpenApi;
using Returns.Api.Operators;
using Returns.Api.Returns;
using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;

var builder = WebApplication.CreateBuilder(args);
if (ProbeCommand.IsRequested(args)) return await ProbeCommand.ProbeAsync(builder.Configuration); // `dotnet Returns.Api.dll probe`: is the running instance ready?
builder.AddServiceDefaults();
var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new();
builder.AddRequestBodyLimit(options);
builder.AddOperatorAuthentication();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi(openApi => openApi.AddReturnsDescription());
builder.AddReturnsMessaging(bus => bus.AddReturnRequestClients(options).AddReturnIntake(options));

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapServiceDefaults();
app.MapOpenApi();
app.MapReturnEndpoints();
app.MapEscalationEndpoints();
app.Run();
return 0;
