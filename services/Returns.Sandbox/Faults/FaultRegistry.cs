using System.Collections.Concurrent;

namespace Returns.Sandbox.Faults;

/// <summary>The current fault settings of every fake system; an API without an entry behaves normally.</summary>
public sealed class FaultRegistry
{
    private readonly ConcurrentDictionary<string, FaultSettings> _settings = new(StringComparer.Ordinal);

    public FaultSettings For(string api) => _settings.GetValueOrDefault(api) ?? FaultSettings.NormalFor(api);

    public void Set(string api, FaultSettings settings) => _settings[api] = settings;

    public void Reset(string api) => _settings.TryRemove(api, out _);

    public void ResetAll() => _settings.Clear();

    public IReadOnlyDictionary<string, FaultSettings> Current() =>
        FaultApis.All.ToDictionary(api => api, For);
}
