using GenGateway.EvalSuites.Assertions;

namespace GenGateway.EvalSuites.Running;

/// <summary>How a run's assertions add up to a score and a verdict.</summary>
internal static class Scoring
{
    /// <summary>
    /// The score is the weight-averaged assertion score over assertions with weight &gt; 0 (1 when there are none).
    /// With a case threshold the run passes when the score reaches it; without one, every weighted assertion must
    /// pass. Weight-0 assertions are reported but never decide.
    /// </summary>
    public static (double Score, bool Passed) Score(IReadOnlyList<AssertionResult> results, double? threshold)
    {
        var weighted = results.Where(r => r.Weight > 0).ToList();
        var total = weighted.Sum(r => r.Weight);
        var score = total > 0 ? weighted.Sum(r => r.Weight * r.Score) / total : 1;
        var passed = threshold is { } t ? score + 1e-9 >= t : weighted.All(r => r.Passed);
        return (Math.Round(score, 4), passed);
    }
}
