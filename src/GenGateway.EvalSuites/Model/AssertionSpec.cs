using System.Text.Json.Nodes;

namespace GenGateway.EvalSuites.Model;

/// <summary>One <c>assert:</c> entry of a case, after defaults were merged in.</summary>
public sealed record AssertionSpec
{
    /// <summary>The assertion type without a <c>not-</c> prefix, lower case (for example <c>icontains-any</c>).</summary>
    public required string Type { get; init; }

    /// <summary>True when the type was written with a <c>not-</c> prefix: the check must fail for the assertion to pass.</summary>
    public bool Negated { get; init; }

    /// <summary>The <c>value:</c>, converted to JSON (string, number, list or map); null when absent.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>The <c>threshold:</c>; its meaning depends on the type (minimum score, maximum milliseconds or dollars).</summary>
    public double? Threshold { get; init; }

    /// <summary>Weight in the case's weighted score; 0 makes the assertion informational.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Which candidates a per-candidate assertion must hold for.</summary>
    public CandidateScope Scope { get; init; } = CandidateScope.All;

    /// <summary>Free label shown in reports (promptfoo's <c>metric</c>).</summary>
    public string? Metric { get; init; }

    /// <summary>Where the assertion was written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The type as written, with any <c>not-</c> prefix.</summary>
    public string DisplayType => Negated ? "not-" + Type : Type;
}
