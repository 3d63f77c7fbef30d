namespace GenGateway.Experiments.Recording;

/// <summary>Candidates released to an assigned unit: what was shown, by which arm, and how the guardrail judged each one.</summary>
public sealed record ExposureRecord
{
    /// <summary>Tenant of the request.</summary>
    public required string Tenant { get; init; }

    /// <summary>The experiment.</summary>
    public required string ExperimentId { get; init; }

    /// <summary>The arm served.</summary>
    public required string Arm { get; init; }

    /// <summary>Randomization unit (user id or caller key).</summary>
    public required string Unit { get; init; }

    /// <summary>The user, when the request named one (erase and export key on it).</summary>
    public string? UserId { get; init; }

    /// <summary>The generation request's id; outcomes join on it.</summary>
    public required string RequestId { get; init; }

    /// <summary>When the candidates were released.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Prompt function used (or <c>none</c> for a holdout).</summary>
    public required string PromptName { get; init; }

    /// <summary>Its version.</summary>
    public required string PromptVersion { get; init; }

    /// <summary>Model that produced the released candidates, <c>rules</c>, or <c>none</c>.</summary>
    public required string Model { get; init; }

    /// <summary>Pinned for QA; not counted in the report.</summary>
    public bool Forced { get; init; }

    /// <summary>Every candidate the guardrail judged, released or not.</summary>
    public IReadOnlyList<ExposedCandidate> Candidates { get; init; } = [];
}

/// <summary>One judged candidate of an exposure (its text is not kept: the report needs only the judgement).</summary>
/// <param name="Decision">released, repaired or rejected.</param>
/// <param name="Source">model, cache or rules.</param>
/// <param name="Scores">Evaluator scores by name.</param>
public sealed record ExposedCandidate(string Decision, string Source, IReadOnlyDictionary<string, double> Scores);
