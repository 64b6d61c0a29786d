using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;
using Returns.Notifications;
using Returns.Notifications.Data;
using Returns.Notifications.Smtp;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSmtpEmail();
builder.AddNotificationsDatabase(); // before messaging: the schema is migrated before the first message
builder.AddReturnsMessaging(bus => bus.AddNotificationsOutbox().AddNotificationsConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
