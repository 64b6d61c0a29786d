using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;
using Returns.Notifications;
using Returns.Notifications.Data;
using Returns.Notifications.Smtp;
using Returns.Persistence.Providers;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSmtpEmail();
builder.AddNotificationsDatabase(); // before messaging: the schema is migrated before the first message
builder.AddReturnsMessaging(bus => bus.AddNotificationsOutbox().AddNotificationsConsumers());

var app = builder.Build();
app.MapServiceDefaults();
return await app.RunOrMigrateAsync(args); // `dotnet Returns.Notifications.dll migrate` applies pending migrations and exits
