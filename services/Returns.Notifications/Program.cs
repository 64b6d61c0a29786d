using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;
using Returns.Notifications;
using Returns.Notifications.Data;
using Returns.Notifications.Smtp;
using Returns.Persistence.Providers;

var builder = WebApplication.CreateBuilder(args);
if (ProbeCommand.IsRequested(args)) return await ProbeCommand.ProbeAsync(builder.Configuration); // `dotnet Returns.Notifications.dll probe`: is the running instance ready?
builder.AddServiceDefaults();
builder.AddSmtpEmail();
builder.AddNotificationsDatabase(); // before messaging: the schema is migrated before the first message
builder.AddReturnsMessaging(bus => bus.AddNotificationsOutbox().AddNotificationsConsumers());

var app = builder.Build();
app.MapServiceDefaults();
return await app.RunOrMigrateAsync(args); // `dotnet Returns.Notifications.dll migrate` applies pending migrations and exits
