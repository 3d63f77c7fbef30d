namespace GenGateway.Core.Guardrails;

/// <summary>Minimum scores per evaluator; a null value inherits from the level above (defaults ▸ task ▸ tenant).</summary>
public sealed class ThresholdOptions
{
    /// <summary>Minimum grounding (hallucination) score, 0..1.</summary>
    public double? Grounding { get; set; }

    /// <summary>Minimum tone score, 0..1.</summary>
    public double? Tone { get; set; }

    /// <summary>Minimum policy score, 0..1.</summary>
    public double? Policy { get; set; }
}
