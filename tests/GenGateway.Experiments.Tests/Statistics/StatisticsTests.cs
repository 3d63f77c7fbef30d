using GenGateway.Experiments.Statistics;

namespace GenGateway.Experiments.Tests.Statistics;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(new long[] { 500, 500 }, 1.0)]
    [InlineData(new long[] { 1000, 900 }, 0.021781462791119494)]
    [InlineData(new long[] { 10_000, 9_000 }, 4.0236721906842394e-13)]
    public void Sample_ratio_p_values_match_the_chi_square_distribution(long[] observed, double expectedP)
    {
        var (_, p) = SampleRatio.Test(observed, [1, 1]);
        Assert.Equal(expectedP, p, (expectedP * 1e-6) + 1e-18);
    }

    [Theory]
    [InlineData(3.841458820694124, 1, 0.05)]
    [InlineData(6.634896601021214, 1, 0.01)]
    [InlineData(5.991464547107979, 2, 0.05)]
    [InlineData(16.918977604620448, 9, 0.05)]
    public void Upper_gamma_gives_chi_square_tail_probabilities(double chi, int df, double p) =>
        Assert.Equal(p, Gamma.UpperRegularized(df / 2.0, chi / 2), 1e-9);

    [Fact]
    public void Absolute_lift_interval_is_the_unpooled_two_proportion_interval()
    {
        // 120/1000 vs 100/1000: d = 0.02, se = sqrt(.12*.88/1000 + .1*.9/1000) = 0.013986
        var lift = TwoProportions.AbsoluteLift(120, 1000, 100, 1000)!;
        Assert.Equal(0.02, lift.Estimate, 1e-12);
        Assert.Equal(0.02 - (1.959963984540054 * 0.013985706989637671), lift.Low, 1e-9);
        Assert.Equal(0.02 + (1.959963984540054 * 0.013985706989637671), lift.High, 1e-9);
    }

    [Fact]
    public void Relative_lift_interval_comes_from_the_log_ratio()
    {
        var lift = TwoProportions.RelativeLift(120, 1000, 100, 1000)!;
        Assert.Equal(0.2, lift.Estimate, 1e-12);
        var se = Math.Sqrt((0.88 / 120) + (0.9 / 100));
        Assert.Equal(Math.Exp(Math.Log(1.2) - (1.959963984540054 * se)) - 1, lift.Low, 1e-12);
        Assert.True(lift.Low < 0 && lift.High > 0.2);
    }

    [Fact]
    public void Lift_is_undefined_without_users_and_relative_lift_without_successes()
    {
        Assert.Null(TwoProportions.AbsoluteLift(0, 0, 5, 10));
        Assert.Null(TwoProportions.RelativeLift(5, 10, 0, 10));
    }
}
