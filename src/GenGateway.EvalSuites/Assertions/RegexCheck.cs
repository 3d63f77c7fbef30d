using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Assertions;

/// <summary><c>regex</c>: the candidate matches the .NET regular expression anywhere (anchor with ^ and $).</summary>
internal sealed class RegexCheck : CandidateCheck
{
    // A pathological pattern must not hang a suite run.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public override IReadOnlyList<string> Types { get; } = ["regex"];

    public override string? Validate(AssertionSpec spec)
    {
        if (AssertionValues.String(spec.Value) is not { Length: > 0 } pattern)
        {
            return "regex needs a pattern as value";
        }

        try
        {
            Get(pattern);
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"regex pattern is invalid: {ex.Message}";
        }
    }

    protected override ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken)
    {
        var pattern = AssertionValues.String(spec.Value)!;
        try
        {
            var match = Get(pattern).Match(text);
            return ValueTask.FromResult(CandidateScore.Binary(match.Success, match.Success ? $"matches at \"{match.Value}\"" : $"does not match /{pattern}/"));
        }
        catch (RegexMatchTimeoutException)
        {
            return ValueTask.FromResult(CandidateScore.Binary(false, $"/{pattern}/ timed out"));
        }
    }

    private static Regex Get(string pattern) =>
        Compiled.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant, MatchTimeout));
}
