using GenGateway.Core.Requests;

namespace GenGateway.EvalSuites.Model;

/// <summary>A loaded, validated suite: a prompt, a provider matrix and cases.</summary>
public sealed record EvalSuite
{
    /// <summary>Short name: the file name without extension. Results and baselines are keyed by it.</summary>
    public required string Name { get; init; }

    /// <summary>The suite's <c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Path of the suite file.</summary>
    public required string FilePath { get; init; }

    /// <summary>The task the prompt belongs to.</summary>
    public required TaskKind Task { get; init; }

    /// <summary>The prompt function exercised.</summary>
    public required SuitePrompt Prompt { get; init; }

    /// <summary>The provider matrix; every case runs against each.</summary>
    public required IReadOnlyList<ProviderSpec> Providers { get; init; }

    /// <summary>The judge model for <c>llm-rubric</c>; null when none is configured.</summary>
    public ProviderSpec? Judge { get; init; }

    /// <summary>The cases, suite order.</summary>
    public required IReadOnlyList<EvalCase> Cases { get; init; }

    /// <summary>The suite's <c>options.temperature</c>: the sampling temperature of its providers unless their config sets one; null means 0.</summary>
    public double? Temperature { get; init; }

    /// <summary>When true, a model provider's failure is answered by the rule-based generator, as in production; by default a failure is an error.</summary>
    public bool RulesFallback { get; init; }
}
