using System.Text.RegularExpressions;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// <c>min-length</c> / <c>max-length</c> (characters, counted as text elements so an emoji is one) and
/// <c>min-words</c> / <c>max-words</c> (runs of non-space characters). The bound is the value.
/// </summary>
internal sealed partial class LengthCheck : CandidateCheck
{
    public override IReadOnlyList<string> Types { get; } = ["min-length", "max-length", "min-words", "max-words"];

    public override bool Negatable => false;

    public override string? Validate(AssertionSpec spec) =>
        AssertionValues.Integer(spec.Value) is >= 0 ? null : $"{spec.Type} needs a whole number >= 0 as value";

    protected override ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken)
    {
        var bound = AssertionValues.Integer(spec.Value)!.Value;
        var words = spec.Type.EndsWith("-words", StringComparison.Ordinal);
        long measured = words ? Words().Count(text) : new System.Globalization.StringInfo(text).LengthInTextElements;
        var unit = words ? "words" : "chars";
        var passed = spec.Type.StartsWith("min", StringComparison.Ordinal) ? measured >= bound : measured <= bound;
        var op = spec.Type.StartsWith("min", StringComparison.Ordinal) ? (passed ? ">=" : "<") : (passed ? "<=" : ">");
        return ValueTask.FromResult(CandidateScore.Binary(passed, $"{measured} {unit} {op} {bound}"));
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
