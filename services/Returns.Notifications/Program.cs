using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;
using Returns.Notifications;
using Returns.Notifications.Smtp;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSmtpEmail();
builder.AddReturnsMessaging(bus => bus.AddNotificationsConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
