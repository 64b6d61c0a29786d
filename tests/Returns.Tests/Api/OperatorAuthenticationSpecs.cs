using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Returns.Api.Operators;
using Returns.Contracts;
using Returns.Contracts.Decisions;
using Returns.Tests.Support;

namespace Returns.Tests.Api;

public sealed class OperatorAuthenticationSpecs(ApiWithSagaFactory factory) : IClassFixture<ApiWithSagaFactory>
{
    public static TheoryData<string> Writes => new()
    {
        "/returns",
        "/returns/{id}/approve",
        "/returns/{id}/deny",
        "/returns/{id}/retry",
        "/returns/{id}/cancel",
        "/returns/{id}/resolve",
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_write_without_a_key_gets_a_401_problem_with_a_bearer_challenge_and_does_nothing(string path)
    {
        var order = $"ORD-A{Guid.NewGuid():N}"[..20];
        var response = await factory.CreateClient().PostAsJsonAsync(path.Replace("{id}", Guid.NewGuid().ToString()),
            new { orderNumber = order, reason = "Too small", actor = "maria.manager" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ShouldHaveSingleItem().Scheme.ShouldBe("Bearer");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(401);
        problem.GetProperty("detail").GetString()!.ShouldContain("Authorization: Bearer");
        (await factory.Harness.NothingPublished<ReturnRequested>(m => m.OrderNumber == order)).ShouldBeTrue();
        factory.Harness.Sent.Select<ApproveReturn>(HarnessQuiet.Snapshot).Any(m => m.Context.Message.Actor == "maria.manager").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Bearer", "not-the-operator-key-at-all")]
    [InlineData("Bearer", TestOperator.Key + "x")]
    [InlineData("Bearer", "test-operator-key")]
    [InlineData("Basic", "dGVzdDp0ZXN0")]
    public async Task A_wrong_key_or_scheme_gets_a_401_naming_an_invalid_token(string scheme, string credential)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, credential);

        var response = await client.PostAsJsonAsync("/returns", new { orderNumber = "ORD-1001", reason = "Too small" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("error=\"invalid_token\"");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_operator_s_key_is_accepted_and_reads_need_none()
    {
        var write = await factory.CreateClient().AsOperator().PostAsJsonAsync("/returns", new { orderNumber = "ORD-1001", reason = "Too small" });
        var read = await factory.CreateClient().GetAsync("/returns?pageSize=1");
        var escalations = await factory.CreateClient().GetAsync("/escalations");

        write.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        escalations.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void Each_key_finds_its_own_operator_and_nothing_else_matches()
    {
        ApiOperator ann = new() { Name = "ann", Key = "ann-key-0123456789" }, bob = new() { Name = "bob", Key = "bob-key-0123456789" };

        OperatorKeys.Find([ann, bob], "bob-key-0123456789").ShouldBeSameAs(bob);
        OperatorKeys.Find([ann, bob], "ann-key-0123456789").ShouldBeSameAs(ann);
        OperatorKeys.Find([ann, bob], "ann-key-012345678").ShouldBeNull();
        OperatorKeys.Find([ann, bob], "").ShouldBeNull();
        OperatorKeys.Find([], "ann-key-0123456789").ShouldBeNull();
    }

    [Fact]
    public void Operators_without_a_name_with_a_short_key_or_given_twice_are_refused_at_start_up()
    {
        var problems = OperatorKeys.Problems(
        [
            new ApiOperator { Name = "", Key = "a-long-enough-key-1" },
            new ApiOperator { Name = "ann", Key = "short" },
            new ApiOperator { Name = "ANN", Key = "a-long-enough-key-1" },
        ]).ToList();

        problems.ShouldContain(p => p.Contains("Api:Operators:0:Name"));
        problems.ShouldContain(p => p.Contains("Api:Operators:1:Key must be at least 16"));
        problems.ShouldContain(p => p.Contains("'ann' is given more than once"));
        problems.ShouldContain(p => p.Contains("share a key"));
        OperatorKeys.Problems([new ApiOperator { Name = "ann", Key = "a-long-enough-key-1" }]).ShouldBeEmpty();
    }
}
