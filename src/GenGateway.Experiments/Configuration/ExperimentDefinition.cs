namespace GenGateway.Experiments.Configuration;

/// <summary>One experiment as configured: which tenant and task it splits, over which arms, and when.</summary>
public sealed class ExperimentDefinition
{
    /// <summary>Tenant whose traffic is split; <c>default</c> when auth is off.</summary>
    public string Tenant { get; set; } = "default";

    /// <summary>Task name: <c>subject-lines</c>, <c>smart-replies</c> or <c>ui-copy</c>.</summary>
    public string Task { get; set; } = "";

    /// <summary><see cref="ExperimentStatuses"/>: running, paused or stopped.</summary>
    public string Status { get; set; } = ExperimentStatuses.Running;

    /// <summary>First moment traffic is split (inclusive); null means at once.</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>Moment the split ends (exclusive); null means open-ended.</summary>
    public DateTimeOffset? End { get; set; }

    /// <summary>Mixed into every assignment hash; a new salt reshuffles users (a new experiment in effect).</summary>
    public string Salt { get; set; } = "";

    /// <summary>Outcome the report leads with (lift, novelty); one of the feedback outcomes.</summary>
    public string PrimaryOutcome { get; set; } = "clicked";

    /// <summary>Arms keyed by name.</summary>
    public Dictionary<string, ArmDefinition> Arms { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Users pinned to an arm for QA: user id → arm name. They are served that arm and left out of the report.</summary>
    public Dictionary<string, string> ForcedArms { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The lifecycle states of an experiment or an arm.</summary>
public static class ExperimentStatuses
{
    /// <summary>Splits traffic.</summary>
    public const string Running = "running";

    /// <summary>Stopped: from the next request on, nobody is served this experiment or arm (rollback).</summary>
    public const string Stopped = "stopped";

    /// <summary>Every accepted status.</summary>
    public static readonly IReadOnlyList<string> All = [Running, Stopped];
}
