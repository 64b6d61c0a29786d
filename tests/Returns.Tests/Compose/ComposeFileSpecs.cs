using Returns.Persistence.Providers;
using Returns.Tests.Compose.Rules;

namespace Returns.Tests.Compose;

/// <summary>docker-compose.yml checked without a Docker engine: each rule is also shown failing in ComposeRuleSpecs.</summary>
public sealed class ComposeFileSpecs
{
    private readonly ComposeFile compose = ComposeFile.Read(Repository.ComposePath);

    [Fact]
    public void Every_build_context_and_Dockerfile_exists_and_every_SERVICE_arg_names_a_project()
    {
        BuildRule.Check(compose, Repository.Root).ShouldBeEmpty();
        compose.Services.Values.Count(service => service.Project is not null).ShouldBeGreaterThan(8);
    }

    [Fact]
    public void Every_environment_variable_of_a_service_is_a_setting_that_service_reads()
    {
        EnvironmentRule.Check(compose, Repository.ConfigurationOf).ShouldBeEmpty();
    }

    [Fact]
    public void No_two_services_publish_the_same_host_port()
    {
        PortsRule.Check(compose).ShouldBeEmpty();
    }

    [Fact]
    public void Every_long_running_service_has_a_health_check_and_the_services_run_their_probe()
    {
        HealthCheckRule.Check(compose).ShouldBeEmpty();
    }

    [Fact]
    public void Every_depends_on_waits_for_a_real_service_to_be_healthy_or_completed()
    {
        DependsOnRule.Check(compose).ShouldBeEmpty();
    }

    [Fact]
    public void Every_variable_is_in_env_example_and_none_silently_becomes_empty()
    {
        VariablesRule.Check(compose, Repository.EnvExample).ShouldBeEmpty();
    }

    [Fact]
    public void Every_service_project_runs_in_compose()
    {
        var projects = Directory.GetFiles(Path.Combine(Repository.Root, "services"), "Program.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetFileName(Path.GetDirectoryName(path))!["Returns.".Length..]);

        projects.Except(compose.Services.Values.Select(service => service.Project)).ShouldBeEmpty();
    }

    [Fact]
    public void A_service_with_a_database_starts_after_its_migrate_job_and_does_not_migrate_itself()
    {
        var withDatabase = compose.Services.Values
            .Where(service => service.Command is [] && service.Environment.ContainsKey($"{DatabaseOptions.Section}__{nameof(DatabaseOptions.Provider)}"))
            .ToList();
        withDatabase.Count.ShouldBe(5);

        foreach (var service in withDatabase)
        {
            service.Environment[$"{DatabaseOptions.Section}__{nameof(DatabaseOptions.MigrateOnStart)}"].ShouldBe("false", service.Name);
            var jobs = service.DependsOn.Where(dependency => dependency.Value == DependsOnRule.Completed).Select(dependency => compose.Services[dependency.Key]);
            jobs.ShouldContain(job => job.Project == service.Project && job.Command.SequenceEqual(new[] { MigrateCommand.Name }), service.Name);
        }
    }
}
