namespace GenGateway.Experiments.Statistics;

/// <summary>A point estimate with its 95% confidence interval.</summary>
public sealed record Interval(double Estimate, double Low, double High)
{
    /// <summary>Whether the interval holds a value.</summary>
    public bool Covers(double value) => value >= Low && value <= High;
}
