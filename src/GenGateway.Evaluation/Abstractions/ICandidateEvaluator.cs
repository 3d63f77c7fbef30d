namespace GenGateway.Evaluation;

/// <summary>A deterministic check of one generated candidate against its context.</summary>
/// <remarks>Implementations are stateless and thread-safe: one instance serves all requests.</remarks>
public interface ICandidateEvaluator
{
    /// <summary>Stable name used as the key of the candidate's score map (see <see cref="EvaluatorNames"/>).</summary>
    string Name { get; }

    /// <summary>Scores <paramref name="candidate"/>; the threshold is taken from <see cref="EvaluationContext.Thresholds"/>.</summary>
    EvaluationResult Evaluate(Candidate candidate, EvaluationContext context);
}
