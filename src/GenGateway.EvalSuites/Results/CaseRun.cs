using GenGateway.EvalSuites.Assertions;

namespace GenGateway.EvalSuites.Results;

/// <summary>One run (repeat) of one case against one provider.</summary>
public sealed record CaseRun
{
    /// <summary>0-based repeat index.</summary>
    public int Repeat { get; init; }

    /// <summary>Whether this run passed.</summary>
    public bool Passed { get; init; }

    /// <summary>Weighted score in [0, 1].</summary>
    public double Score { get; init; }

    /// <summary>The candidate texts, best first.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>The response's source: model, rules or none.</summary>
    public string? Source { get; init; }

    /// <summary>The response's model id.</summary>
    public string? Model { get; init; }

    /// <summary>Why nothing was suggested, when nothing was.</summary>
    public string? NoSuggestionReason { get; init; }

    /// <summary>Generation wall time in milliseconds.</summary>
    public double LatencyMs { get; init; }

    /// <summary>Dollar cost, when known.</summary>
    public double? CostUsd { get; init; }

    /// <summary>Prompt tokens of all model calls.</summary>
    public long InputTokens { get; init; }

    /// <summary>Completion tokens of all model calls.</summary>
    public long OutputTokens { get; init; }

    /// <summary>Model calls made, and how many of them the cache answered.</summary>
    public int ModelCalls { get; init; }

    /// <summary>Model calls answered from the response cache.</summary>
    public int CacheHits { get; init; }

    /// <summary>Each assertion's result, in suite order.</summary>
    public IReadOnlyList<AssertionResult> Assertions { get; init; } = [];

    /// <summary>Why generation failed, when it did; the run then fails.</summary>
    public string? Error { get; init; }

    /// <summary>Warnings the gateway logged during the run (provider failures, fallbacks).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
