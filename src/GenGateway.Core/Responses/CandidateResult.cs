namespace GenGateway.Core.Responses;

/// <summary>One candidate text with its eval scores and the guardrail's decision.</summary>
public sealed record CandidateResult
{
    /// <summary>The candidate text.</summary>
    public required string Text { get; init; }

    /// <summary>Eval scores in [0,1] keyed by evaluator name (grounding, tone, policy).</summary>
    public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();

    /// <summary><c>released</c>, <c>repaired</c> or <c>rejected</c>.</summary>
    public string Decision { get; init; } = CandidateDecisions.Released;

    /// <summary>Why the guardrail decided as it did.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Where this candidate came from: model or rules.</summary>
    public string Source { get; init; } = GenerationSource.Model;
}
