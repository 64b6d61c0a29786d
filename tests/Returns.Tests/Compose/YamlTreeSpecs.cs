namespace Returns.Tests.Compose;

public sealed class YamlTreeSpecs
{
    [Fact]
    public void Merge_keys_bring_in_anchored_mappings_and_written_keys_win()
    {
        var tree = Mapping(YamlTree.Load("""
            base: &base { a: "1", b: "1" }
            other: &other { b: "2", c: "2" }
            one: { <<: *base, a: own }
            many:
              <<: [*other, *base]
              d: own
            """));

        Mapping(tree["one"]).ShouldBe(new Dictionary<string, object?> { ["a"] = "own", ["b"] = "1" });
        // Among merged mappings the earlier one wins (b from other, not base).
        Mapping(tree["many"]).ShouldBe(new Dictionary<string, object?> { ["d"] = "own", ["b"] = "2", ["c"] = "2", ["a"] = "1" });
    }

    [Fact]
    public void Aliases_of_sequences_and_scalars_and_nulls_read_as_plain_values()
    {
        var tree = Mapping(YamlTree.Load("""
            list: &list [x, y]
            copy: *list
            empty:
            quoted: ""
            """));

        tree["copy"].ShouldBe(new List<object?> { "x", "y" });
        tree["empty"].ShouldBeNull();
        tree["quoted"].ShouldBe("");
    }

    [Fact]
    public void A_key_written_twice_is_refused()
    {
        Should.Throw<YamlDotNet.Core.YamlException>(() => YamlTree.Load("a: 1\na: 2\n")).Message.ShouldContain("Duplicate key a");
    }

    [Fact]
    public void Interpolation_finds_every_form_and_skips_escaped_dollars()
    {
        var references = Interpolation.References("$A ${B} ${C:-x} ${D-x} ${E:?say} ${F?say} ${G:-${H}} $$NOT $${NOT} $1").ToList();

        references.ShouldBe([
            new("A", ""), new("B", ""), new("C", ":-"), new("D", "-"), new("E", ":?"), new("F", "?"), new("G", ":-"), new("H", ""),
        ]);
    }

    private static Dictionary<string, object?> Mapping(object? node) => node.ShouldBeOfType<Dictionary<string, object?>>();
}
