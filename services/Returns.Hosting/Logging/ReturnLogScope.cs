using System.Collections;

namespace Returns.Hosting.Logging;

/// <summary>
/// The logging scope of one message's handling: "ReturnId" as a field of its own in the JSON logs, and (never
/// written) the personal data the message carries, for <see cref="MaskingJsonConsoleFormatter"/> to mask.
/// </summary>
public sealed class ReturnLogScope(Guid returnId, IReadOnlyList<string>? personalData = null) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string Key = "ReturnId";

    public Guid ReturnId => returnId;
    public IReadOnlyList<string> PersonalData { get; } = personalData ?? [];
    public int Count => 1;
    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(Key, returnId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}:{returnId:D}";
}
