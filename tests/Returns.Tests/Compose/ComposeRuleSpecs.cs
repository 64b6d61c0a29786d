using Returns.Tests.Compose.Rules;

namespace Returns.Tests.Compose;

/// <summary>Each rule ComposeFileSpecs applies to docker-compose.yml, fed a broken snippet: it must complain, and say why.</summary>
public sealed class ComposeRuleSpecs
{
    private const string EnvExample = "# comment\nMSSQL_SA_PASSWORD=secret\nexport RABBITMQ_USER=returns\n";

    private static readonly Dictionary<string, Func<ComposeFile, IEnumerable<string>>> Rules = new()
    {
        ["build"] = compose => BuildRule.Check(compose, Repository.Root),
        ["environment"] = compose => EnvironmentRule.Check(compose, Repository.ConfigurationOf),
        ["ports"] = PortsRule.Check,
        ["healthcheck"] = HealthCheckRule.Check,
        ["depends_on"] = DependsOnRule.Check,
        ["variables"] = compose => VariablesRule.Check(compose, EnvExample),
    };

    // A small compose file every rule accepts; the broken rows differ from it in one place.
    private const string Good = """
        x-dotnet: &dotnet
          build: { context: ., dockerfile: infra/docker/Dockerfile, args: { SERVICE: Labels } }
          healthcheck: { test: ["CMD-SHELL", "dotnet \"$$SERVICE_DLL\" probe"] }
        services:
          db:
            image: mcr.microsoft.com/mssql/server:2022-latest
            environment: { MSSQL_SA_PASSWORD: "${MSSQL_SA_PASSWORD:?set it in .env}" }
            ports: ["127.0.0.1:1433:1433"]
            healthcheck: { test: ["CMD", "true"] }
          labels-migrate:
            <<: *dotnet
            restart: "no"
            command: ["migrate"]
            environment: { Database__Provider: SqlServer }
            depends_on: { db: { condition: service_healthy } }
          labels:
            <<: *dotnet
            environment:
              Database__ConnectionString: Password=${MSSQL_SA_PASSWORD:?set it in .env}
              External__Carrier__Resilience__TimeoutSeconds: "10"
              RabbitMq__Username: ${RABBITMQ_USER:-returns}
              Logging__LogLevel__MassTransit: Debug
              ASPNETCORE_ENVIRONMENT: Development
            ports: ["5080:8080", "127.0.0.2:1433:1433", "127.0.0.1:1433:1433/udp"]
            depends_on:
              labels-migrate: { condition: service_completed_successfully }
              db: { condition: service_healthy }
        """;

    [Fact]
    public void The_good_snippet_passes_every_rule()
    {
        var compose = ComposeFile.Parse(Good, Repository.Root);

        Rules.SelectMany(rule => rule.Value(compose)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("build", "context: .,", "context: ./nowhere,", "build context './nowhere' does not exist")]
    [InlineData("build", "dockerfile: infra/docker/Dockerfile", "dockerfile: infra/Dockerfile.missing", "'infra/Dockerfile.missing' does not exist")]
    [InlineData("build", "SERVICE: Labels", "SERVICE: Billing", "SERVICE=Billing names no project")]
    [InlineData("build", "args: { SERVICE: Labels } ", "", "does not set")]
    [InlineData("environment", "ASPNETCORE_ENVIRONMENT: Development", "Smtp__Host: sandbox", "Smtp__Host is no setting Returns.Labels reads")]
    [InlineData("environment", "Database__ConnectionString:", "Database__ConectionString:", "Database__ConectionString is no setting")]
    [InlineData("environment", "External__Carrier__Resilience", "External__Orders__Resilience", "External__Orders__Resilience__TimeoutSeconds is no setting")]
    [InlineData("environment", "Logging__LogLevel__MassTransit", "RabbitMq__Vhost", "RabbitMq__Vhost is no setting")]
    [InlineData("ports", "\"127.0.0.2:1433:1433\"", "\"1433:1433\"", "host port 1433/tcp is already published by db")]
    [InlineData("ports", "\"5080:8080\"", "\"127.0.0.1:1433-1434:8080-8081\"", "host port 1433/tcp is already published by db")]
    [InlineData("healthcheck", "healthcheck: { test: [\"CMD\", \"true\"] }", "healthcheck: { test: [\"NONE\"] }", "db: a long-running service without a health check")]
    [InlineData("healthcheck", "\"dotnet \\\"$$SERVICE_DLL\\\" probe\"", "\"curl -f http://localhost:8080/health/ready\"", "does not run the service's 'probe' command")]
    [InlineData("healthcheck", "$$SERVICE_DLL", "$$SERVICE_ASSEMBLY", "uses $SERVICE_ASSEMBLY, which infra/docker/Dockerfile does not set")]
    [InlineData("depends_on", "{ db: { condition: service_healthy } }", "{ dbx: { condition: service_healthy } }", "labels-migrate: depends on 'dbx', which is no service")]
    [InlineData("depends_on", "labels-migrate: { condition: service_completed_successfully }", "labels-migrate: { condition: service_started }", "with service_started, which does not wait")]
    [InlineData("depends_on", "depends_on: { db: { condition: service_healthy } }", "depends_on: [db]", "labels-migrate: depends on db with service_started")]
    [InlineData("depends_on", "healthcheck: { test: [\"CMD\", \"true\"] }", "healthcheck: { disable: true }", "but db has no health check")]
    [InlineData("depends_on", "restart: \"no\"", "restart: unless-stopped", "but labels-migrate restarts 'unless-stopped'")]
    [InlineData("depends_on", "condition: service_healthy } }", "condition: service_ready } }", "unknown condition 'service_ready'")]
    [InlineData("variables", "${RABBITMQ_USER:-returns}", "${RABBITMQ_PASS:-returns}", "${RABBITMQ_PASS} is not in .env.example")]
    [InlineData("variables", "${RABBITMQ_USER:-returns}", "$RABBITMQ_USER", "${RABBITMQ_USER} is bare")]
    public void A_rule_complains_about_a_broken_snippet(string rule, string good, string broken, string complaint)
    {
        Good.ShouldContain(good); // else the row would test the good snippet and prove nothing
        var compose = ComposeFile.Parse(ReplaceFirst(Good, good, broken), Repository.Root);

        Rules[rule](compose).ShouldContain(problem => problem.Contains(complaint), $"{rule} said: {string.Join(" | ", Rules[rule](compose))}");
    }

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var at = text.IndexOf(oldValue, StringComparison.Ordinal);
        return text[..at] + newValue + text[(at + oldValue.Length)..];
    }
}
