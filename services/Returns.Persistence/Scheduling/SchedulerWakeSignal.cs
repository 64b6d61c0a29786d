using Returns.Persistence.Signals;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// Wakes the dispatcher when a message arrives that is due already (a refund due at once, a resend with no
/// delay), so it goes out now rather than up to a poll interval later.
/// </summary>
public sealed class SchedulerWakeSignal : WakeSignal;
