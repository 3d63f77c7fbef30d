namespace GenGateway.Experiments.Statistics;

/// <summary>
/// Lift of a variant's rate over the control's, per user, with 95% intervals from the two-proportion z method
/// (unpooled Wald interval for the difference; the delta method on the log of the ratio for the relative lift).
/// Chosen over a bootstrap because the unit is one binary outcome per user, samples are large, the closed form is exact
/// to compute and cheap enough to report on every request, and its coverage is checked by simulation
/// (<c>gengateway experiments simulate</c>).
/// </summary>
public static class TwoProportions
{
    /// <summary>The two-sided 97.5% normal quantile.</summary>
    public const double Z = 1.959963984540054;

    /// <summary>Absolute lift <c>p1 − p0</c> with its interval; null when either arm has no users.</summary>
    public static Interval? AbsoluteLift(long successes1, long n1, long successes0, long n0)
    {
        if (n1 == 0 || n0 == 0)
        {
            return null;
        }

        var p1 = (double)successes1 / n1;
        var p0 = (double)successes0 / n0;
        var se = Math.Sqrt((p1 * (1 - p1) / n1) + (p0 * (1 - p0) / n0));
        var d = p1 - p0;
        return new Interval(d, d - (Z * se), d + (Z * se));
    }

    /// <summary>Relative lift <c>p1 / p0 − 1</c> with its interval; null when a rate is zero (the ratio is undefined).</summary>
    public static Interval? RelativeLift(long successes1, long n1, long successes0, long n0)
    {
        if (n1 == 0 || n0 == 0 || successes1 == 0 || successes0 == 0)
        {
            return null;
        }

        var p1 = (double)successes1 / n1;
        var p0 = (double)successes0 / n0;
        var logRatio = Math.Log(p1 / p0);
        var se = Math.Sqrt(((1 - p1) / successes1) + ((1 - p0) / successes0));
        return new Interval((p1 / p0) - 1, Math.Exp(logRatio - (Z * se)) - 1, Math.Exp(logRatio + (Z * se)) - 1);
    }
}
