namespace Returns.LoadGenerator.Chaos;

/// <summary>
/// What a chaos run left behind, judged return by return: each submitted return must be in the saga's store
/// in a settled state, with exactly the side effects its state calls for, none twice.
/// </summary>
public sealed record ChaosVerdict
{
    private const int ProblemsShown = 20;

    public required int Submitted { get; init; }
    public required IReadOnlyDictionary<string, int> States { get; init; }
    public required int Lost { get; init; }
    public required int Unsettled { get; init; }

    /// <summary>Returns that settled somewhere other than where their order usually leads (a fault sent them to a person): not wrong, worth a look.</summary>
    public required int OffTheirUsualPath { get; init; }

    public required IReadOnlyList<EffectCheck> Effects { get; init; }
    public required int Strays { get; init; }

    /// <summary>The first problems found, one line each.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    public int Duplicated => Effects.Sum(e => e.Duplicated);

    public bool Clean => Lost == 0 && Unsettled == 0 && Strays == 0 && Effects.All(e => e.Duplicated + e.Missing + e.Unexpected == 0);

    /// <param name="submitted">Every return the run submitted, with its order.</param>
    /// <param name="usualState">Where a return about an order ends when nothing goes wrong.</param>
    public static ChaosVerdict From(IReadOnlyDictionary<Guid, string> submitted, StoreSnapshot store, Func<string, string> usualState)
    {
        var problems = new List<string>();
        var lost = submitted.Keys.Where(id => !store.States.ContainsKey(id)).ToList();
        problems.AddRange(lost.Select(id => $"{id} ({submitted[id]}): lost, not in the orchestrator's store"));
        var states = submitted.Keys.Where(store.States.ContainsKey).ToDictionary(id => id, id => store.States[id]);
        var unsettled = states.Where(s => !StoreReader.SettledStates.Contains(s.Value)).ToList();
        problems.AddRange(unsettled.Select(s => $"{s.Key} ({submitted[s.Key]}): still {s.Value}"));

        var strays = store.Strays.ToList();
        var effects = new List<EffectCheck>();
        foreach (var (effect, entries) in new[]
        {
            ("label", store.Labels), ("inventory move", store.InventoryMoves), ("refund", store.Refunds), ("confirmation email", store.ConfirmationEmails),
        })
        {
            strays.AddRange(entries.Where(e => !submitted.ContainsKey(e.ReturnId)).Select(e => $"{effect} {e.Detail} for {e.ReturnId}, which the run never submitted"));
            effects.Add(Check(effect, entries, states, problems));
        }

        problems.AddRange(strays);
        return new ChaosVerdict
        {
            Submitted = submitted.Count,
            States = states.Values.GroupBy(s => s).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            Lost = lost.Count,
            Unsettled = unsettled.Count,
            OffTheirUsualPath = states.Count(s => StoreReader.SettledStates.Contains(s.Value) && s.Value != usualState(submitted[s.Key])),
            Effects = effects,
            Strays = strays.Count,
            Problems = problems.Take(ProblemsShown).ToList(),
        };
    }

    private static EffectCheck Check(string effect, IReadOnlyList<LedgerEntry> entries, Dictionary<Guid, string> states, List<string> problems)
    {
        var byReturn = entries.GroupBy(e => e.ReturnId).ToDictionary(g => g.Key, g => g.ToList());
        int found = 0, expected = 0, duplicated = 0, missing = 0, unexpected = 0;
        foreach (var (returnId, state) in states)
        {
            var mine = byReturn.GetValueOrDefault(returnId) ?? [];
            var rule = EffectRules.For(state, effect);
            found += mine.Count > 0 ? 1 : 0;
            expected += rule == EffectRule.ExactlyOne ? 1 : 0;

            // An inventory move is one row per line of the order: twice is the same line marked twice.
            var copies = mine.Count == 0 ? 0 : mine.GroupBy(e => e.Detail).Max(g => g.Count());
            var twice = effect == "inventory move" ? copies > 1 : mine.Count > 1;
            if (twice)
            {
                duplicated++;
                problems.Add($"{returnId} ({state}): {mine.Count} x {effect} ({string.Join(", ", mine.Select(e => e.Detail))})");
            }

            if (rule == EffectRule.ExactlyOne && !mine.Any(e => e.Live))
            {
                missing++;
                problems.Add($"{returnId} ({state}): no {(mine.Count > 0 ? "live " : string.Empty)}{effect}");
            }
            else if ((rule == EffectRule.None && mine.Count > 0) || (rule == EffectRule.NoneStanding && mine.Any(e => e.Live)))
            {
                unexpected++;
                problems.Add($"{returnId} ({state}): {(rule == EffectRule.None ? "a" : "a standing")} {effect} ({string.Join(", ", mine.Select(e => e.Detail))})");
            }
        }

        return new EffectCheck(effect, found, expected, duplicated, missing, unexpected);
    }
}
