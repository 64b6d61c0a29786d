namespace Returns.LoadGenerator.Load;

/// <summary>The broker and virtual host the system under load runs on, and a login that may declare queues and publish there.</summary>
public sealed record BrokerTarget(string Host, int Port, string VirtualHost, string Username, string Password, int ManagementPort = 15672);
