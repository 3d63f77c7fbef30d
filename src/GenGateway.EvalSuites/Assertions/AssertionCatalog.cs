using System.Collections.Frozen;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>Every assertion type a suite may use, by name.</summary>
internal static class AssertionCatalog
{
    private static readonly FrozenDictionary<string, IAssertionCheck> Checks = new IAssertionCheck[]
    {
        new EqualsCheck(), new ContainsCheck(), new StartsWithCheck(), new RegexCheck(), new LengthCheck(), new JsonCheck(),
        new SimilarCheck(), new EvaluatorCheck(), new LlmRubricCheck(),
        new CandidateCountCheck(), new LatencyCheck(), new CostCheck(), new NoSuggestionCheck(),
    }.SelectMany(c => c.Types.Select(t => (t, c))).ToFrozenDictionary(p => p.t, p => p.c, StringComparer.Ordinal);

    /// <summary>All type names, sorted, for error messages.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Checks.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Splits a written type into its base name and whether it is negated; null when unknown.</summary>
    public static (string Type, bool Negated)? Resolve(string written)
    {
        var lower = written.Trim().ToLowerInvariant();
        if (Checks.ContainsKey(lower))
        {
            return (lower, false);
        }

        return lower.StartsWith("not-", StringComparison.Ordinal) && Checks.TryGetValue(lower[4..], out var check) && check.Negatable
            ? (lower[4..], true)
            : null;
    }

    /// <summary>Whether the type exists (without negation).</summary>
    public static bool IsNegatable(string type) => Checks.TryGetValue(type, out var c) && c.Negatable;

    /// <summary>Checks an assertion's value and threshold; null when fine.</summary>
    public static string? Validate(AssertionSpec spec) => Checks[spec.Type].Validate(spec);

    /// <summary>Evaluates an assertion.</summary>
    public static ValueTask<AssertionResult> EvaluateAsync(AssertionSpec spec, AssertionInput input, CancellationToken cancellationToken) =>
        Checks[spec.Type].EvaluateAsync(spec, input, cancellationToken);
}
