namespace GenGateway.Experiments.Configuration;

/// <summary>One arm: its share of traffic and what it changes about generation.</summary>
public sealed class ArmDefinition
{
    /// <summary>Relative share of new users (any positive number; shares are weights, not percentages).</summary>
    public double Weight { get; set; } = 1;

    /// <summary><c>running</c> or <c>stopped</c>; a stopped arm serves nobody from the next request on.</summary>
    public string Status { get; set; } = ExperimentStatuses.Running;

    /// <summary>
    /// Marks the control: the gateway answers without generated copy (see <see cref="Holdout"/>) so the product shows its
    /// own default. Lift is measured against it. Exactly one arm is the control.
    /// </summary>
    public bool Control { get; set; }

    /// <summary>What the control answers: <c>empty</c> (no candidates) or <c>rules</c> (the rule-based path).</summary>
    public string Holdout { get; set; } = HoldoutModes.Empty;

    /// <summary>Prompt function to use instead of the task's own (a file in the prompts folder).</summary>
    public string? Prompt { get; set; }

    /// <summary>Provider chain to try instead of the task's own, by provider name.</summary>
    public List<string>? Providers { get; set; }

    /// <summary>False serves this arm without personalization.</summary>
    public bool Personalization { get; set; } = true;
}

/// <summary>What a control arm answers.</summary>
public static class HoldoutModes
{
    /// <summary>No candidates at all.</summary>
    public const string Empty = "empty";

    /// <summary>The rule-based generator only.</summary>
    public const string Rules = "rules";

    /// <summary>Every accepted mode.</summary>
    public static readonly IReadOnlyList<string> All = [Empty, Rules];
}
