namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>A broker login made for one test virtual host: a service's (or the operator's) user there and its password.</summary>
public sealed record BrokerUser(string Name, string Password);
