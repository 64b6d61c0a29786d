using Returns.Sandbox;
using Returns.Sandbox.Carrier;
using Returns.Sandbox.Faults;
using Returns.Sandbox.Orders;
using Returns.Sandbox.Payments;

// The outside world in one process: fake Orders, carrier and payments APIs with fault-injection knobs.
var builder = WebApplication.CreateBuilder(args);
builder.AddSandboxDefaults();
builder.Services.AddFaultInjection();
builder.Services.AddOrdersApi();
builder.Services.AddCarrierApi();
builder.Services.AddPaymentsApi();
// builder.AddSmtpSink();

var app = builder.Build();
app.UseSandboxDefaults();
app.MapFaultsApi();
app.MapOrdersApi();
app.MapCarrierApi();
app.MapPaymentsApi();
// app.MapMailbox();

app.Run();
