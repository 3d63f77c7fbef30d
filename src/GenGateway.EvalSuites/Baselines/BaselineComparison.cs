namespace GenGateway.EvalSuites.Baselines;

/// <summary>How a run compares with a baseline run, case by case.</summary>
public sealed record BaselineComparison
{
    /// <summary>Path of the baseline file.</summary>
    public required string File { get; init; }

    /// <summary>Cases that passed in the baseline and fail now. Any of these fails the run.</summary>
    public IReadOnlyList<CaseChange> Regressions { get; init; } = [];

    /// <summary>Cases that failed in the baseline and pass now.</summary>
    public IReadOnlyList<CaseChange> Improvements { get; init; } = [];

    /// <summary>Cases not in the baseline.</summary>
    public IReadOnlyList<string> Added { get; init; } = [];

    /// <summary>Baseline cases this run did not have.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];
}
