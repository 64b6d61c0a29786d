using Returns.Persistence.Signals;

namespace Returns.Persistence.Outbox;

/// <summary>Wakes the delivery service as soon as a bus-outbox batch is committed, instead of at its next poll.</summary>
public sealed class OutboxDeliverySignal : WakeSignal;
