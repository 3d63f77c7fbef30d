namespace GenGateway.Evaluation;

/// <summary>The minimum score each evaluator needs for a candidate to pass.</summary>
/// <remarks>
/// Scores are built so that one unsupported hard claim (an invented price, date, promise) costs 0.5 and one
/// softer finding (an unknown name, a style mismatch) about 0.25, so the 0.9 defaults fail on any finding
/// while a tenant can relax a single evaluator deliberately.
/// </remarks>
public sealed record EvaluationThresholds
{
    /// <summary>The defaults: every deterministic finding fails; tone tolerates one missing marker but not a contradiction.</summary>
    public static EvaluationThresholds Default { get; } = new();

    /// <summary>Minimum grounding score (claims supported by the grounding texts).</summary>
    public double Grounding { get; init; } = 0.9;

    /// <summary>Minimum tone score (match with the requested tone and style profile).</summary>
    public double Tone { get; init; } = 0.6;

    /// <summary>Minimum policy score (PII, banned phrases, spam, length, emoji, injection echoes).</summary>
    public double Policy { get; init; } = 0.9;

    /// <summary>The threshold for an evaluator by its <see cref="ICandidateEvaluator.Name"/>; 0.5 for unknown names.</summary>
    public double For(string evaluatorName) => evaluatorName switch
    {
        EvaluatorNames.Grounding => Grounding,
        EvaluatorNames.Tone => Tone,
        EvaluatorNames.Policy => Policy,
        _ => 0.5,
    };
}
