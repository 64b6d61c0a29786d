namespace Returns.LoadGenerator.Chaos;

/// <summary>One kind of side effect checked against every return's state.</summary>
/// <param name="Found">Returns with at least one entry.</param>
/// <param name="Expected">Returns whose state says one must exist.</param>
/// <param name="Duplicated">Returns with more than one (for inventory: a line marked more than once).</param>
/// <param name="Missing">Returns whose state says one must exist and that have no live one.</param>
/// <param name="Unexpected">Returns whose state says none may exist (or none may still stand) and that have one.</param>
public sealed record EffectCheck(string Effect, int Found, int Expected, int Duplicated, int Missing, int Unexpected);
