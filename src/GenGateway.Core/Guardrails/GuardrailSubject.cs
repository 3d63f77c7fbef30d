using GenGateway.Evaluation;

namespace GenGateway.Core.Guardrails;

/// <summary>
/// What a candidate is checked against: the evaluators' context (grounding, tone, policy, length, thresholds) and
/// the request's hard constraints.
/// </summary>
/// <param name="Evaluation">The evaluators' context, from <see cref="EvaluationContextBuilder"/>.</param>
public sealed record GuardrailSubject(EvaluationContext Evaluation)
{
    /// <summary>Terms every candidate must contain.</summary>
    public IReadOnlyList<string> MustInclude { get; init; } = [];

    /// <summary>Terms no candidate may contain.</summary>
    public IReadOnlyList<string> Avoid { get; init; } = [];
}
