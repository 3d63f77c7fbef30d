namespace GenGateway.Experiments.Statistics;

/// <summary>
/// The sample-ratio-mismatch check: a chi-square goodness-of-fit test of the users each arm received against the
/// configured weights. A broken split (an arm losing exposures, a biased assignment) shows as a tiny p-value long before
/// it shows in the lift; below <see cref="Threshold"/> the report flags it.
/// </summary>
public static class SampleRatio
{
    /// <summary>The p-value under which a mismatch is flagged (the usual 0.001 for SRM alarms).</summary>
    public const double Threshold = 0.001;

    /// <summary>Chi-square statistic and p-value of observed counts against expected shares.</summary>
    public static (double ChiSquare, double PValue) Test(IReadOnlyList<long> observed, IReadOnlyList<double> weights)
    {
        var total = observed.Sum();
        var weightSum = weights.Sum();
        if (observed.Count < 2 || total == 0 || weightSum <= 0)
        {
            return (0, 1);
        }

        var chi = 0.0;
        for (var i = 0; i < observed.Count; i++)
        {
            var expected = total * weights[i] / weightSum;
            chi += (observed[i] - expected) * (observed[i] - expected) / expected;
        }

        return (chi, Gamma.UpperRegularized((observed.Count - 1) / 2.0, chi / 2));
    }
}
