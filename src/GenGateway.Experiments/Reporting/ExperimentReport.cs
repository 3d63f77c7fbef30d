using GenGateway.Experiments.Statistics;

namespace GenGateway.Experiments.Reporting;

/// <summary>What an experiment has shown so far, per arm, against its control.</summary>
public sealed record ExperimentReport
{
    /// <summary>The experiment.</summary>
    public required string Id { get; init; }

    /// <summary>Its task.</summary>
    public required string Task { get; init; }

    /// <summary>Its status.</summary>
    public required string Status { get; init; }

    /// <summary>When the report was computed.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The outcome the lift and novelty sections lead with.</summary>
    public required string PrimaryOutcome { get; init; }

    /// <summary>The control arm's name.</summary>
    public required string Control { get; init; }

    /// <summary>How the intervals were computed.</summary>
    public string Method { get; init; } = "per-user rates; two-proportion z (unpooled Wald) 95% intervals; relative lift by the delta method on the log ratio; SRM by chi-square goodness of fit against the weights of running arms";

    /// <summary>Per arm.</summary>
    public required IReadOnlyList<ArmReport> Arms { get; init; }

    /// <summary>The sample-ratio-mismatch check.</summary>
    public required SampleRatioReport SampleRatio { get; init; }

    /// <summary>Primary-outcome rate and lift by week since each user's first exposure.</summary>
    public required IReadOnlyList<WeekReport> Novelty { get; init; }
}

/// <summary>One arm's figures.</summary>
public sealed record ArmReport
{
    /// <summary>Arm name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether it is the control.</summary>
    public bool Control { get; init; }

    /// <summary>Its status now.</summary>
    public required string Status { get; init; }

    /// <summary>Its configured weight.</summary>
    public double Weight { get; init; }

    /// <summary>Users first exposed in this arm (forced QA users left out).</summary>
    public long Users { get; init; }

    /// <summary>Exposures recorded for this arm.</summary>
    public long Exposures { get; init; }

    /// <summary>Per outcome: users who did it at least once within the attribution window, and the lift against control.</summary>
    public required IReadOnlyDictionary<string, OutcomeReport> Outcomes { get; init; }

    /// <summary>What the guardrail did with this arm's candidates.</summary>
    public required GuardReport Guard { get; init; }
}

/// <summary>One outcome's rate in an arm and its lift against the control.</summary>
/// <param name="Users">Users with the outcome.</param>
/// <param name="Rate">Users with the outcome / users in the arm.</param>
/// <param name="AbsoluteLift">Rate minus the control's rate (null for the control).</param>
/// <param name="RelativeLift">Rate over the control's rate, minus one (null for the control or a zero rate).</param>
public sealed record OutcomeReport(long Users, double Rate, Interval? AbsoluteLift, Interval? RelativeLift);

/// <summary>The guard picture of an arm: an arm that wins by being riskier shows it here.</summary>
/// <param name="Candidates">Candidates the guardrail judged.</param>
/// <param name="RejectedShare">Share rejected.</param>
/// <param name="RepairedShare">Share released only after a deterministic repair.</param>
/// <param name="RulesShare">Share of released candidates that came from the rule fallback.</param>
/// <param name="MeanScores">Mean evaluator score per evaluator over every judged candidate.</param>
public sealed record GuardReport(long Candidates, double RejectedShare, double RepairedShare, double RulesShare, IReadOnlyDictionary<string, double> MeanScores);

/// <summary>The SRM check.</summary>
/// <param name="ChiSquare">Statistic.</param>
/// <param name="PValue">p-value.</param>
/// <param name="Mismatch">True when <see cref="PValue"/> is below 0.001: the split is broken and the lift is not to be trusted.</param>
/// <param name="Arms">The arms compared (running arms; a stopped arm no longer receives users).</param>
public sealed record SampleRatioReport(double ChiSquare, double PValue, bool Mismatch, IReadOnlyList<string> Arms);

/// <summary>One week since first exposure.</summary>
/// <param name="Week">0 for the first seven days after a user's first exposure, and so on.</param>
/// <param name="Rates">Per arm: users observed that long, and the share with the primary outcome in that week.</param>
/// <param name="AbsoluteLift">Per non-control arm: lift of that week's rate against the control's.</param>
public sealed record WeekReport(int Week, IReadOnlyDictionary<string, WeekRate> Rates, IReadOnlyDictionary<string, Interval?> AbsoluteLift);

/// <summary>A week's rate in one arm.</summary>
/// <param name="Users">Users whose first exposure is at least that many weeks old.</param>
/// <param name="Rate">Share of them with the primary outcome in that week.</param>
public sealed record WeekRate(long Users, double Rate);
