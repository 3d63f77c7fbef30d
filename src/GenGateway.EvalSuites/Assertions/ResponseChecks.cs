using System.Globalization;
using System.Text.Json.Nodes;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>Base of the checks that look at the response as a whole rather than at each candidate.</summary>
internal abstract class ResponseCheck : IAssertionCheck
{
    public abstract IReadOnlyList<string> Types { get; }

    public virtual bool Negatable => false;

    public abstract string? Validate(AssertionSpec spec);

    public ValueTask<AssertionResult> EvaluateAsync(AssertionSpec spec, AssertionInput input, CancellationToken cancellationToken)
    {
        var (passed, reason) = Check(spec, input);
        passed ^= spec.Negated;
        return ValueTask.FromResult(new AssertionResult(spec.DisplayType, passed, passed ? 1 : 0, spec.Weight, reason, spec.Metric, spec.Location.Line));
    }

    protected abstract (bool Passed, string Reason) Check(AssertionSpec spec, AssertionInput input);

    protected static string F(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}

/// <summary><c>candidate-count</c>: the number of candidates is the value, or within a <c>{min, max}</c> map.</summary>
internal sealed class CandidateCountCheck : ResponseCheck
{
    public override IReadOnlyList<string> Types { get; } = ["candidate-count"];

    public override string? Validate(AssertionSpec spec) => spec.Value switch
    {
        JsonValue when AssertionValues.Integer(spec.Value) is >= 0 => null,
        JsonObject map when map.All(p => p.Key is "min" or "max") && map.Count > 0
            && map.All(p => AssertionValues.Integer(p.Value) is >= 0) => null,
        _ => "candidate-count needs a whole number, or a map with min and/or max, as value",
    };

    protected override (bool Passed, string Reason) Check(AssertionSpec spec, AssertionInput input)
    {
        var count = input.Response.Candidates.Count;
        long min, max;
        if (spec.Value is JsonObject map)
        {
            min = AssertionValues.Integer(map, "min") ?? 0;
            max = AssertionValues.Integer(map, "max") ?? long.MaxValue;
        }
        else
        {
            min = max = AssertionValues.Integer(spec.Value)!.Value;
        }

        var expected = min == max ? $"{min}" : max == long.MaxValue ? $">= {min}" : $"{min}..{max}";
        return (count >= min && count <= max, $"{count} candidate(s), expected {expected}");
    }
}

/// <summary><c>latency</c>: the generation took at most <c>threshold</c> milliseconds (cache hits are fast: use --no-cache for real latency).</summary>
internal sealed class LatencyCheck : ResponseCheck
{
    public override IReadOnlyList<string> Types { get; } = ["latency"];

    public override string? Validate(AssertionSpec spec) => spec.Threshold is > 0 ? null : "latency needs threshold: the budget in milliseconds";

    protected override (bool Passed, string Reason) Check(AssertionSpec spec, AssertionInput input) =>
        (input.LatencyMs <= spec.Threshold!.Value, $"{F(Math.Round(input.LatencyMs, 1))} ms, budget {F(spec.Threshold.Value)} ms");
}

/// <summary><c>cost</c>: the model calls of the case cost at most <c>threshold</c> dollars (priced by the provider's per-million-token costs).</summary>
internal sealed class CostCheck : ResponseCheck
{
    public override IReadOnlyList<string> Types { get; } = ["cost"];

    public override string? Validate(AssertionSpec spec) => spec.Threshold is >= 0 ? null : "cost needs threshold: the budget in dollars";

    protected override (bool Passed, string Reason) Check(AssertionSpec spec, AssertionInput input) =>
        input.CostUsd is { } cost
            ? (cost <= spec.Threshold!.Value, $"${F(cost)}, budget ${F(spec.Threshold!.Value)}")
            : (false, input.CostProblem ?? "cost unknown");
}

/// <summary><c>no-suggestion</c>: the gateway offered nothing, for the reason in the value when one is given (smart replies).</summary>
internal sealed class NoSuggestionCheck : ResponseCheck
{
    public override IReadOnlyList<string> Types { get; } = ["no-suggestion"];

    public override bool Negatable => true;

    public override string? Validate(AssertionSpec spec) =>
        spec.Value is null || AssertionValues.String(spec.Value) is { Length: > 0 } ? null : "no-suggestion's value must be a reason code such as automated-sender";

    protected override (bool Passed, string Reason) Check(AssertionSpec spec, AssertionInput input)
    {
        var reason = input.Response.NoSuggestionReason;
        var expected = AssertionValues.String(spec.Value);
        var passed = input.Response.Candidates.Count == 0 && reason is not null && (expected is null || expected == reason);
        return (passed, reason is null ? $"{input.Response.Candidates.Count} candidate(s) offered" : $"noSuggestionReason: {reason}");
    }
}
