using System.Globalization;
using Returns.Benchmarks.Database;
using Returns.Benchmarks.Driving;
using Returns.Benchmarks.Hosting;
using Returns.Benchmarks.Reporting;

namespace Returns.Benchmarks;

/// <summary>
/// Saga transitions per second on the project's PostgreSQL repository against MassTransit's in-memory
/// repository, in the same process on the same transport: warm-up rounds, then the measured rounds,
/// always taken in turn (in-memory, PostgreSQL, in-memory, ...) so a disturbance hits both alike.
/// </summary>
public static class SagaBenchmark
{
    public static async Task<BenchmarkReport> Run(BenchmarkSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var loadBefore = MachineInfo.LoadAverage();
        output.WriteLine($"Saga transitions per second: {SagaHosts.PostgreSqlName} repository vs MassTransit's {SagaHosts.InMemoryName} repository");
        output.WriteLine($"Each return: ReturnRequested and the replies of validation, eligibility, label, email and inventory "
            + $"({SampleReturn.SagaMessagesPerReturn} saga messages), timed until it is past the email/inventory join.");

        await using var database = await BenchmarkDatabase.Create(settings.Postgres, cancellationToken);
        await using var inMemory = await SagaHosts.StartInMemory(settings.Concurrency, cancellationToken);
        await using var postgres = await SagaHosts.StartPostgreSql(database.ConnectionString, settings.Concurrency, cancellationToken);
        SagaHost[] hosts = [inMemory, postgres];

        for (var round = 1; round <= settings.Warmup; round++)
        {
            foreach (var host in hosts)
            {
                Print(output, $"warm-up {round}", host, await host.RunRound(settings.Returns, cancellationToken));
            }
        }

        var results = hosts.ToDictionary(host => host, _ => new List<RoundResult>());
        for (var round = 1; round <= settings.Rounds; round++)
        {
            foreach (var host in hosts)
            {
                var result = await host.RunRound(settings.Returns, cancellationToken);
                results[host].Add(result);
                Print(output, $"round {round}", host, result);
            }
        }

        var report = new BenchmarkReport(
            settings,
            MachineInfo.Current(database.ServerVersion, loadBefore),
            new RepositoryFigures(inMemory.Repository, results[inMemory]),
            new RepositoryFigures(postgres.Repository, results[postgres]),
            database.Name);
        ReportTable.Write(report, output);
        return report;
    }

    private static void Print(TextWriter output, string round, SagaHost host, RoundResult result) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {round,-9} {host.Repository,-10} {result.Returns} returns, {result.Transitions} transitions, {result.SagaMessages} saga messages in {result.Elapsed.TotalSeconds:0.000} s: {result.TransitionsPerSecond:N0} transitions/s, {result.ProcessorMsPerMessage:0.00} CPU ms per saga message"));
}
