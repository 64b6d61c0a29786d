namespace Returns.Tests.Compose;

public sealed class ServiceConfigurationSpecs
{
    [Theory]
    [InlineData("Labels", "Database__ConnectionString")]
    [InlineData("Labels", "External__Carrier__BaseAddress")]
    [InlineData("Labels", "external__carrier__resilience__maxretryattempts")]
    [InlineData("Orchestrator", "Orchestrator__ApprovalEscalation__RemindAfter")]
    [InlineData("Orchestrator", "Scheduler__PollIntervalMs")]
    [InlineData("Api", "Messaging__RetryIntervalsMs__0")]
    [InlineData("Notifications", "Smtp__OperationsMailbox")]
    [InlineData("Sandbox", "Smtp__BindAddress")]
    [InlineData("Eligibility", "Eligibility__ApprovalAboveAmount")]
    [InlineData("Validation", "ASPNETCORE_URLS")]
    public void Reads_the_keys_of_its_options_and_appsettings(string project, string variable)
    {
        Repository.ConfigurationOf(project).Reads(variable).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Eligibility", "Smtp__Host")] // only Notifications sends mail
    [InlineData("Validation", "External__Carrier__BaseAddress")] // Validation calls Orders only
    [InlineData("Validation", "Database__Provider")] // no database
    [InlineData("Sandbox", "RabbitMq__Host")] // the sandbox uses no Returns building block
    [InlineData("Labels", "Database")] // a section, not a setting
    [InlineData("Labels", "Database__ConnectionString__Extra")]
    public void Does_not_read_what_it_has_no_setting_for(string project, string variable)
    {
        Repository.ConfigurationOf(project).Reads(variable).ShouldBeFalse();
    }
}
