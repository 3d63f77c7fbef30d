using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Experiments.Configuration;
using GenGateway.Experiments.Recording;
using GenGateway.Experiments.Reporting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenGateway.Experiments.Simulation;

/// <summary>
/// Drives synthetic users through the real gateway — the generation pipeline, <see cref="ExperimentGateway"/>'s
/// assignment and exposure recording, <see cref="ExperimentOutcomes"/>' join and the report — with known true click
/// rates per arm, and checks the report against the truth: over many seeds a sound split's 95% intervals should hold the
/// true lift in about 95% of runs, and a split that loses exposures should be flagged by the sample-ratio check.
/// </summary>
public sealed class ExperimentSimulator(GenerationPipeline pipeline, string workDirectory)
{
    private const string ExperimentId = "simulated";
    private const string Tenant = "simulation";

    /// <summary>Runs every seed; <paramref name="progress"/> hears each finished run.</summary>
    public async Task<SimulationResult> RunAsync(SimulationSettings settings, IProgress<SimulationRun>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var runs = new System.Collections.Concurrent.ConcurrentBag<SimulationRun>();
        var trueLift = settings.VariantRate - settings.ControlRate;
        // Seeds are independent experiments (own salt, store and random stream), so they run side by side.
        await Parallel.ForEachAsync(Enumerable.Range(settings.FirstSeed, settings.Seeds),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (seed, token) =>
            {
                var run = await RunOneAsync(settings, seed, trueLift, token);
                runs.Add(run);
                progress?.Report(run);
            });

        var estimates = runs.Where(r => r.AbsoluteLift is not null).Select(r => r.AbsoluteLift!.Estimate).ToList();
        return new SimulationResult(settings, trueLift, (double)runs.Count(r => r.Covered) / runs.Count, (double)runs.Count(r => r.Mismatch) / runs.Count,
            estimates.Count == 0 ? double.NaN : estimates.Average(), [.. runs.OrderBy(r => r.Seed)]);
    }

    private async Task<SimulationRun> RunOneAsync(SimulationSettings settings, int seed, double trueLift, CancellationToken cancellationToken)
    {
        var definition = new ExperimentDefinition
        {
            Tenant = Tenant,
            Task = TaskNames.SubjectLines,
            Salt = $"seed-{seed}",
            Arms = new(StringComparer.Ordinal)
            {
                ["control"] = new ArmDefinition { Control = true, Holdout = HoldoutModes.Empty },
                ["variant"] = new ArmDefinition(),
            },
        };
        var options = new ExperimentsOptions { Definitions = new(StringComparer.Ordinal) { [ExperimentId] = definition } };
        var directory = Path.Combine(workDirectory, $"seed-{seed}");
        using var files = new FileExperimentStore(directory, durable: false);
        var random = new Random(seed);
        IExperimentStore store = settings.DropVariantExposures > 0 ? new LossyExposureLog(files, "variant", settings.DropVariantExposures, new Random(~seed)) : files;
        using var catalog = new ExperimentCatalog(options, NullLogger<ExperimentCatalog>.Instance);
        var gateway = new ExperimentGateway(catalog, store, pipeline, new NoConsentRecords(), TimeProvider.System, NullLogger<ExperimentGateway>.Instance);
        var outcomes = new ExperimentOutcomes(store, catalog, TimeProvider.System);
        var rates = new Dictionary<string, double>(StringComparer.Ordinal) { ["control"] = settings.ControlRate, ["variant"] = settings.VariantRate };

        for (var user = 0; user < settings.Users; user++)
        {
            var request = new SubjectLineRequest
            {
                UserId = $"user-{user}",
                Count = 1,
                Brief = new Brief { Product = "winter coats", Offer = "20% off", Facts = ["Sale ends Sunday"] },
            };
            var context = new GenerationContext(Tenant, $"{seed}-{user}");
            var response = await gateway.GenerateAsync(request, context, unitKey: null, cancellationToken);
            var arm = response.Experiment?.Arm ?? throw new InvalidOperationException("a simulated user was not enrolled");
            if (random.NextDouble() < rates[arm])
            {
                await outcomes.RecordAsync(Tenant, new OutcomeInput(response.RequestId, "clicked"), cancellationToken);
            }
        }

        var report = await ReportBuilder.BuildAsync(ExperimentId, definition, files.ReadAsync(Tenant, ExperimentId, cancellationToken),
            TimeProvider.System.GetUtcNow(), cancellationToken);
        Directory.Delete(directory, recursive: true);
        var variant = report.Arms.Single(a => a.Name == "variant");
        var control = report.Arms.Single(a => a.Name == "control");
        var lift = variant.Outcomes["clicked"].AbsoluteLift;
        return new SimulationRun(seed, control.Users, variant.Users, lift, lift?.Covers(trueLift) == true, report.SampleRatio.PValue, report.SampleRatio.Mismatch);
    }

    // The broken split: a share of one arm's exposures never reaches the log, as when a logging pipeline drops writes.
    private sealed class LossyExposureLog(IExperimentStore inner, string arm, double share, Random random) : IExperimentStore
    {
        public Task AppendAsync(ExposureRecord exposure, CancellationToken cancellationToken = default) =>
            exposure.Arm == arm && random.NextDouble() < share ? Task.CompletedTask : inner.AppendAsync(exposure, cancellationToken);

        public Task AppendAsync(OutcomeRecord outcome, CancellationToken cancellationToken = default) => inner.AppendAsync(outcome, cancellationToken);

        public ValueTask<string?> FirstArmAsync(string tenant, string experimentId, string unit, CancellationToken cancellationToken = default) =>
            inner.FirstArmAsync(tenant, experimentId, unit, cancellationToken);

        public ValueTask<ExposureRecord?> FindExposureAsync(string tenant, string requestId, CancellationToken cancellationToken = default) =>
            inner.FindExposureAsync(tenant, requestId, cancellationToken);

        public IAsyncEnumerable<ExperimentEntry> ReadAsync(string tenant, string experimentId, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(tenant, experimentId, cancellationToken);

        public Task<IReadOnlyList<ExperimentEntry>> ExportUserAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
            inner.ExportUserAsync(tenant, userId, cancellationToken);

        public Task<int> EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
            inner.EraseUserAsync(tenant, userId, cancellationToken);
    }
}
