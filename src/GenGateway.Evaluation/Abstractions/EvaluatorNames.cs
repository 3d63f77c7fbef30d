namespace GenGateway.Evaluation;

/// <summary>Names of the built-in evaluators, as used in score maps and configuration.</summary>
public static class EvaluatorNames
{
    /// <summary>Claims supported by the grounding (hallucination check).</summary>
    public const string Grounding = "grounding";

    /// <summary>Requested tone and user style.</summary>
    public const string Tone = "tone";

    /// <summary>Tenant and platform policy.</summary>
    public const string Policy = "policy";
}
