namespace GenGateway.Evaluation;

/// <summary>What one evaluator concluded about one candidate.</summary>
/// <param name="Evaluator">The evaluator's <see cref="ICandidateEvaluator.Name"/>.</param>
/// <param name="Score">Score in [0, 1]; 1 means nothing was found.</param>
/// <param name="Threshold">The threshold the score was compared with.</param>
/// <param name="Reasons">Findings, each pointing at a span of the candidate.</param>
public sealed record EvaluationResult(string Evaluator, double Score, double Threshold, IReadOnlyList<EvaluationReason> Reasons)
{
    /// <summary>Whether the score reached the threshold.</summary>
    public bool Passed => Score >= Threshold;

    /// <summary>Builds a result whose score is 1 minus the summed penalties, clamped to [0, 1].</summary>
    public static EvaluationResult FromPenalties(string evaluator, double threshold, IReadOnlyList<EvaluationReason> reasons)
    {
        double penalty = 0;
        foreach (EvaluationReason r in reasons)
        {
            penalty += r.Penalty;
        }

        return new EvaluationResult(evaluator, Math.Clamp(1 - penalty, 0, 1), threshold, reasons);
    }
}
