using System.Text.Json.Nodes;

namespace GenGateway.EvalSuites.Results;

/// <summary>A case against one provider, over all its repeats.</summary>
public sealed record CaseResult
{
    /// <summary><c>suite/provider/description</c>: what baselines match on.</summary>
    public required string Key { get; init; }

    /// <summary>Suite name.</summary>
    public required string Suite { get; init; }

    /// <summary>Provider label.</summary>
    public required string Provider { get; init; }

    /// <summary>Case description.</summary>
    public required string Description { get; init; }

    /// <summary>File the case was written in (suite, tests file or dataset).</summary>
    public required string File { get; init; }

    /// <summary>Line of the case.</summary>
    public int Line { get; init; }

    /// <summary>Whether the case passed: its pass rate reached <see cref="RequiredPassRate"/>.</summary>
    public bool Passed { get; init; }

    /// <summary>Share of repeats that passed.</summary>
    public double PassRate { get; init; }

    /// <summary>The pass rate the case needs.</summary>
    public double RequiredPassRate { get; init; } = 1;

    /// <summary>Mean weighted score over repeats.</summary>
    public double Score { get; init; }

    /// <summary>Whether any repeat failed with an error rather than an assertion.</summary>
    public bool Errored { get; init; }

    /// <summary>The request sent.</summary>
    public JsonObject? Request { get; init; }

    /// <summary>Each repeat.</summary>
    public IReadOnlyList<CaseRun> Runs { get; init; } = [];
}
