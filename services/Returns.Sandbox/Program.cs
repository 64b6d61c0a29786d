using Returns.Sandbox;
using Returns.Sandbox.Carrier;
using Returns.Sandbox.Faults;
using Returns.Sandbox.Orders;
using Returns.Sandbox.Payments;
using Returns.Sandbox.Smtp;

// The outside world in one process: fake Orders, carrier and payments APIs, an SMTP sink
// with its mailbox, and fault-injection knobs for all four.
var builder = WebApplication.CreateBuilder(args);
if (SandboxProbe.IsRequested(args)) return await SandboxProbe.ProbeAsync(builder.Configuration); // `dotnet Returns.Sandbox.dll probe`: is the running sandbox up?
builder.AddSandboxDefaults();
builder.Services.AddFaultInjection();
builder.Services.AddOrdersApi();
builder.Services.AddCarrierApi();
builder.Services.AddPaymentsApi();
builder.Services.AddSingleton<ISmtpFaultPolicy, InjectedSmtpFaults>();
builder.AddSmtpSink();

var app = builder.Build();
app.UseSandboxDefaults();
app.MapFaultsApi();
app.MapOrdersApi();
app.MapCarrierApi();
app.MapPaymentsApi();
app.MapMailbox();

app.Run();
return 0;
