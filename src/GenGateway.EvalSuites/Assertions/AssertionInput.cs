using GenGateway.Core.Responses;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>Everything an assertion may look at for one run of one case.</summary>
public sealed record AssertionInput
{
    /// <summary>The case.</summary>
    public required EvalCase Case { get; init; }

    /// <summary>The gateway's response.</summary>
    public required GenerationResponse Response { get; init; }

    /// <summary>Wall time of the generation in milliseconds.</summary>
    public required double LatencyMs { get; init; }

    /// <summary>Dollar cost of the model calls; null when it cannot be known (see <see cref="CostProblem"/>).</summary>
    public double? CostUsd { get; init; }

    /// <summary>Why the cost is unknown, when it is.</summary>
    public string? CostProblem { get; init; }

    /// <summary>Embedder, evaluators and judge.</summary>
    public required AssertionServices Services { get; init; }
}
