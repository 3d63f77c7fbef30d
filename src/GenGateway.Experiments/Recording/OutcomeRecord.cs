namespace GenGateway.Experiments.Recording;

/// <summary>Something the user did after an exposure (opened, clicked, replied, converted, unsubscribed, …).</summary>
public sealed record OutcomeRecord
{
    /// <summary>Tenant of the exposure.</summary>
    public required string Tenant { get; init; }

    /// <summary>The experiment.</summary>
    public required string ExperimentId { get; init; }

    /// <summary>The arm of the exposure it is attributed to.</summary>
    public required string Arm { get; init; }

    /// <summary>Randomization unit of the exposure.</summary>
    public required string Unit { get; init; }

    /// <summary>The user, when known.</summary>
    public string? UserId { get; init; }

    /// <summary>The exposure's request id.</summary>
    public required string RequestId { get; init; }

    /// <summary>One of the feedback outcomes.</summary>
    public required string Outcome { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Which released candidate it concerns, when the product says.</summary>
    public int? CandidateIndex { get; init; }

    /// <summary>Whether the exposure was forced (QA).</summary>
    public bool Forced { get; init; }
}
