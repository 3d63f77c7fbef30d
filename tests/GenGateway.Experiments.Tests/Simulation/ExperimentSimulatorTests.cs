using GenGateway.Experiments.Simulation;
using GenGateway.Experiments.Tests.Support;

namespace GenGateway.Experiments.Tests.Simulation;

public sealed class ExperimentSimulatorTests
{
    [Fact]
    public async Task Over_many_seeds_the_95_percent_intervals_cover_the_true_lift_about_95_percent_of_the_time()
    {
        using var temp = new TempDirectory();
        var simulator = new ExperimentSimulator(RulesGateway.Pipeline, temp.Path);
        var result = await simulator.RunAsync(new SimulationSettings { Users = 600, Seeds = 400, ControlRate = 0.10, VariantRate = 0.13 });

        Assert.InRange(result.Coverage, 0.93, 0.97);
        Assert.InRange(result.MeanEstimate, 0.025, 0.035);
        Assert.True(result.MismatchRate <= 0.01, $"a sound split was flagged in {result.MismatchRate:P1} of runs");
    }

    [Fact]
    public async Task A_split_that_loses_a_tenth_of_one_arms_exposures_is_flagged()
    {
        using var temp = new TempDirectory();
        var simulator = new ExperimentSimulator(RulesGateway.Pipeline, temp.Path);
        var result = await simulator.RunAsync(new SimulationSettings { Users = 10_000, Seeds = 5, DropVariantExposures = 0.10 });

        // 10,000 users: the variant keeps ~4,500 of ~5,000, a chi-square near 26 (p ≈ 3e-7) against the 0.001 alarm.
        Assert.True(result.MismatchRate == 1, $"the broken split was flagged in only {result.MismatchRate:P0} of runs");
    }
}
