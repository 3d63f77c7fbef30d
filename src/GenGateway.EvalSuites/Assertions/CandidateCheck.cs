using System.Globalization;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// Base of the checks that look at candidate texts one by one. Scores each candidate in scope, applies
/// <c>not-</c> (score becomes 1 - score, pass flips), then aggregates: <see cref="CandidateScope.All"/> takes the
/// lowest score and needs every candidate to pass, <see cref="CandidateScope.Any"/> the highest and needs one,
/// <see cref="CandidateScope.First"/> looks at the first only. A response without candidates fails every
/// per-candidate assertion, negated or not, because "no text" is not evidence that a text is good.
/// </summary>
internal abstract class CandidateCheck : IAssertionCheck
{
    public abstract IReadOnlyList<string> Types { get; }

    public virtual bool Negatable => true;

    public abstract string? Validate(AssertionSpec spec);

    public async ValueTask<AssertionResult> EvaluateAsync(AssertionSpec spec, AssertionInput input, CancellationToken cancellationToken)
    {
        var texts = input.Response.Candidates.Select(c => c.Text).ToList();
        if (spec.Scope == CandidateScope.First && texts.Count > 1)
        {
            texts.RemoveRange(1, texts.Count - 1);
        }

        if (texts.Count == 0)
        {
            var why = input.Response.NoSuggestionReason is { } reason ? $"no candidates (noSuggestionReason: {reason})" : "no candidates";
            return new AssertionResult(spec.DisplayType, false, 0, spec.Weight, why, spec.Metric, spec.Location.Line);
        }

        var scores = await ScoreAllAsync(spec, texts, input, cancellationToken);
        if (spec.Negated)
        {
            scores = [.. scores.Select(s => new CandidateScore(1 - s.Score, !s.Passed, s.Detail))];
        }

        var passed = spec.Scope == CandidateScope.Any ? scores.Any(s => s.Passed) : scores.All(s => s.Passed);
        var score = spec.Scope == CandidateScope.Any ? scores.Max(s => s.Score) : scores.Min(s => s.Score);
        return new AssertionResult(spec.DisplayType, passed, Math.Round(score, 4), spec.Weight, Explain(spec, texts, scores, passed), spec.Metric, spec.Location.Line);
    }

    /// <summary>Scores one candidate text.</summary>
    protected abstract ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken);

    /// <summary>Scores every candidate; overridden where one batched call is cheaper (embeddings).</summary>
    protected virtual async ValueTask<IReadOnlyList<CandidateScore>> ScoreAllAsync(AssertionSpec spec, IReadOnlyList<string> texts,
        AssertionInput input, CancellationToken cancellationToken)
    {
        var scores = new List<CandidateScore>(texts.Count);
        foreach (var text in texts)
        {
            scores.Add(await ScoreAsync(spec, text, input, cancellationToken));
        }

        return scores;
    }

    private static string Explain(AssertionSpec spec, List<string> texts, IReadOnlyList<CandidateScore> scores, bool passed)
    {
        // A failure names the offending candidates; a pass names the one that carried an "any".
        var shown = Enumerable.Range(0, texts.Count)
            .Where(i => passed ? spec.Scope == CandidateScope.Any && scores[i].Passed : !scores[i].Passed)
            .Take(3)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"#{i + 1} \"{Shorten(texts[i])}\": {scores[i].Detail}"));
        var prefix = passed ? "passed" : spec.Scope == CandidateScope.Any ? "no candidate passed" : "failed";
        var details = string.Join("; ", shown);
        if (!passed && spec.Scope == CandidateScope.Any)
        {
            details = string.Join("; ", Enumerable.Range(0, texts.Count).Take(3)
                .Select(i => string.Create(CultureInfo.InvariantCulture, $"#{i + 1} \"{Shorten(texts[i])}\": {scores[i].Detail}")));
        }

        return details.Length > 0 ? $"{prefix}: {details}" : prefix;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
