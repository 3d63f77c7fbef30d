using GenGateway.Core.Personalization;
using GenGateway.Evaluation;

namespace GenGateway.Core.Guardrails;

/// <summary>What besides the request shapes an evaluation: the user's profile, the tenant's policy and thresholds, and overrides.</summary>
public sealed record EvaluationInputs
{
    /// <summary>Inputs with nothing known: cold start, default policy and thresholds.</summary>
    public static readonly EvaluationInputs Default = new();

    /// <summary>The user's profile; its traits are grounding and its style is checked.</summary>
    public PersonalizationContext Profile { get; init; } = PersonalizationContext.ColdStart;

    /// <summary>The tenant's policy (banned phrases, competitors, emoji).</summary>
    public TenantPolicy Policy { get; init; } = TenantPolicy.Default;

    /// <summary>Minimum scores per evaluator.</summary>
    public EvaluationThresholds Thresholds { get; init; } = EvaluationThresholds.Default;

    /// <summary>A tone to check instead of the request's (an eval suite's <c>tone</c> assertion with a value).</summary>
    public string? Tone { get; init; }

    /// <summary>The text of the prompt the model was sent, for the prompt-echo check; null when no model was asked.</summary>
    public string? PromptText { get; init; }
}
