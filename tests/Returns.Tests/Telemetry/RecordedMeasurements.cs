using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Returns.Tests.Telemetry;

/// <summary>
/// Listens to the instruments one host's IMeterFactory created (other specs running at the same time have
/// their own factory), keeping every measurement with its attributes.
/// </summary>
public sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<Measurement> measurements = new();

    public RecordedMeasurements(IMeterFactory scope, string meterName)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == scope && instrument.Meter.Name == meterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        listener.Start();
    }

    public sealed record Measurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, string?> Tags);

    public IReadOnlyList<Measurement> Of(string instrument) => measurements.Where(m => m.Instrument == instrument).ToList();

    /// <summary>Measurements are taken once the saga's handling committed, a moment after the state is visible: waits for <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<Measurement>> WaitFor(string instrument, int count, Func<Measurement, bool>? match = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var found = Of(instrument).Where(match ?? (_ => true)).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(20);
        }
    }

    public void Dispose() => listener.Dispose();

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copied = new Dictionary<string, string?>();
        foreach (var (key, tagValue) in tags)
        {
            copied[key] = tagValue?.ToString();
        }

        measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, value, copied));
    }
}
