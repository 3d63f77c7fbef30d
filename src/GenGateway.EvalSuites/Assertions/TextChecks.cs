using System.Text.Json.Nodes;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Assertions;

/// <summary><c>equals</c>: the candidate is exactly the value (ordinal); a non-string value compares as JSON.</summary>
internal sealed class EqualsCheck : CandidateCheck
{
    public override IReadOnlyList<string> Types { get; } = ["equals"];

    public override string? Validate(AssertionSpec spec) => spec.Value is null ? "equals needs a value" : null;

    protected override ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken)
    {
        bool equal;
        if (spec.Value is JsonValue scalar && scalar.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            equal = string.Equals(text, scalar.GetValue<string>(), StringComparison.Ordinal);
        }
        else
        {
            equal = JsonText.TryParse(text) is { } parsed && JsonNode.DeepEquals(parsed, spec.Value);
        }

        return ValueTask.FromResult(CandidateScore.Binary(equal, equal ? "equal" : $"not equal to \"{AssertionValues.String(spec.Value) ?? spec.Value!.ToJsonString()}\""));
    }
}

/// <summary>
/// <c>contains</c>, <c>icontains</c> and their <c>-any</c> / <c>-all</c> forms. A list value on plain
/// <c>contains</c> / <c>icontains</c> means all of them; the <c>i</c> forms ignore case.
/// </summary>
internal sealed class ContainsCheck : CandidateCheck
{
    public override IReadOnlyList<string> Types { get; } = ["contains", "icontains", "contains-any", "contains-all", "icontains-any", "icontains-all"];

    public override string? Validate(AssertionSpec spec) =>
        AssertionValues.Strings(spec.Value) is { Count: > 0 } values && values.All(v => v.Length > 0)
            ? null
            : $"{spec.Type} needs a non-empty string or list of strings as value";

    protected override ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken)
    {
        var needles = AssertionValues.Strings(spec.Value)!;
        var comparison = spec.Type.StartsWith('i') ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var found = needles.Where(n => text.Contains(n, comparison)).ToList();
        var any = spec.Type.EndsWith("-any", StringComparison.Ordinal);
        var passed = any ? found.Count > 0 : found.Count == needles.Count;
        var detail = passed
            ? $"contains {string.Join(", ", found.Select(f => $"\"{f}\""))}"
            : any ? $"contains none of {string.Join(", ", needles.Select(n => $"\"{n}\""))}"
            : $"missing {string.Join(", ", needles.Except(found).Select(n => $"\"{n}\""))}";
        if (spec.Negated && found.Count > 0)
        {
            detail = $"contains {string.Join(", ", found.Select(f => $"\"{f}\""))}";
        }

        return ValueTask.FromResult(CandidateScore.Binary(passed, detail));
    }
}

/// <summary><c>starts-with</c>: the candidate begins with the value (ordinal).</summary>
internal sealed class StartsWithCheck : CandidateCheck
{
    public override IReadOnlyList<string> Types { get; } = ["starts-with"];

    public override string? Validate(AssertionSpec spec) => AssertionValues.String(spec.Value) is { Length: > 0 } ? null : "starts-with needs a string value";

    protected override ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken)
    {
        var prefix = AssertionValues.String(spec.Value)!;
        var passed = text.StartsWith(prefix, StringComparison.Ordinal);
        return ValueTask.FromResult(CandidateScore.Binary(passed, passed ? $"starts with \"{prefix}\"" : $"does not start with \"{prefix}\""));
    }
}
