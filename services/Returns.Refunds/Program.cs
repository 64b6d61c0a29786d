using Returns.Hosting.Defaults;
using Returns.Hosting.Messaging;
using Returns.Persistence.Providers;
using Returns.Refunds;
using Returns.Refunds.Data;
using Returns.Refunds.Payments;

var builder = WebApplication.CreateBuilder(args);
if (ProbeCommand.IsRequested(args)) return await ProbeCommand.ProbeAsync(builder.Configuration); // `dotnet Returns.Refunds.dll probe`: is the running instance ready?
builder.AddServiceDefaults();
builder.AddPaymentsApi();
builder.AddRefundsDatabase(); // before messaging: the schema is migrated before the first message
builder.AddReturnsMessaging(bus => bus.AddRefundsOutbox().AddRefundsConsumers());

var app = builder.Build();
app.MapServiceDefaults();
return await app.RunOrMigrateAsync(args); // `dotnet Returns.Refunds.dll migrate` applies pending migrations and exits
