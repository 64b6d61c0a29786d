namespace Returns.Hosting.Messaging;

/// <summary>
/// A message that can never succeed however often it is retried (missing fields, impossible
/// values). Retry skips it, so it faults at once and lands in the queue's _error queue with this
/// message as the reason.
/// </summary>
public sealed class BadMessageException(string reason) : Exception(reason);
