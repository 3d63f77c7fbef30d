namespace GenGateway.Evaluation;

/// <summary>Everything evaluators may look at besides the candidate; the generation pipeline fills one per request.</summary>
/// <remarks>
/// Put every text the candidate may legitimately draw facts from into <see cref="Grounding"/>: brief fields and
/// facts, thread messages (with their sent dates, which support weekday claims), profile trait descriptions.
/// Anything checkable in a candidate that none of them supports is reported as a hallucination.
/// </remarks>
public sealed record EvaluationContext
{
    /// <summary>The task the candidates were generated for.</summary>
    public TaskKind Task { get; init; }

    /// <summary>Texts that claims may rest on.</summary>
    public IReadOnlyList<GroundingText> Grounding { get; init; } = [];

    /// <summary>The tone the caller asked for; null means no preference (only impoliteness is checked).</summary>
    public GenGateway.Evaluation.Tone.ToneKind? RequestedTone { get; init; }

    /// <summary>The user's own style, when the request is personalized.</summary>
    public StyleProfile? Style { get; init; }

    /// <summary>Maximum length in characters; null for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The tenant's policy.</summary>
    public TenantPolicy Policy { get; init; } = TenantPolicy.Default;

    /// <summary>The rendered system and user prompt; candidates that repeat it are prompt-injection echoes.</summary>
    public string? PromptText { get; init; }

    /// <summary>
    /// The user's own past messages shown to the model as style examples. Reusing their wording is what
    /// personalization asks for, so it is not a prompt echo; they support no claims.
    /// </summary>
    public IReadOnlyList<string> StyleExamples { get; init; } = [];

    /// <summary>Thresholds in force; the guardrail sets these from its options and the tenant policy.</summary>
    public EvaluationThresholds Thresholds { get; init; } = EvaluationThresholds.Default;
}
