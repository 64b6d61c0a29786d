using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;
using Returns.Refunds;
using Returns.Refunds.Payments;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPaymentsApi();
builder.AddReturnsMessaging(bus => bus.AddRefundsConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
