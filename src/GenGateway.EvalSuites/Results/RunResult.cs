using GenGateway.EvalSuites.Baselines;

namespace GenGateway.EvalSuites.Results;

/// <summary>Everything a run produced; serialized as the <c>--json</c> report and read back as a baseline.</summary>
public sealed record RunResult
{
    /// <summary>Format version of this document.</summary>
    public int Version { get; init; } = 1;

    /// <summary>When the run started (UTC).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Wall time of the run in milliseconds.</summary>
    public double DurationMs { get; init; }

    /// <summary>Base seed.</summary>
    public long Seed { get; init; }

    /// <summary>Repeats per case.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Suite names and files.</summary>
    public IReadOnlyList<SuiteInfo> Suites { get; init; } = [];

    /// <summary>Provider setup problems, by provider label (their cases are errors).</summary>
    public IReadOnlyList<string> ProviderErrors { get; init; } = [];

    /// <summary>Every case result, suite then provider then case order.</summary>
    public IReadOnlyList<CaseResult> Cases { get; init; } = [];

    /// <summary>Totals.</summary>
    public required RunSummary Summary { get; init; }

    /// <summary>Comparison with the baseline, when one was given.</summary>
    public BaselineComparison? Baseline { get; init; }
}
