namespace Returns.Tests.Intake;

/// <summary>A message that failed for good on a queue, with the reason MassTransit writes into MT-Fault-Message.</summary>
public sealed record RecordedFault(string Queue, string Reason, string Body);
