using System.Numerics.Tensors;
using GenGateway.EvalSuites.Model;
using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// <c>similar</c>: cosine similarity between the candidate's embedding and the value's (a string, or a list whose
/// best match counts) must reach the threshold, 0.8 by default as in promptfoo. The score is the similarity.
/// </summary>
internal sealed class SimilarCheck : CandidateCheck
{
    public const double DefaultThreshold = 0.8;

    public override IReadOnlyList<string> Types { get; } = ["similar"];

    public override string? Validate(AssertionSpec spec) =>
        AssertionValues.Strings(spec.Value) is not { Count: > 0 } ? "similar needs a reference text (or a list of them) as value"
        : spec.Threshold is < -1 or > 1 ? "similar's threshold is a cosine similarity between -1 and 1"
        : null;

    protected override async ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken) =>
        (await ScoreAllAsync(spec, [text], input, cancellationToken))[0];

    protected override async ValueTask<IReadOnlyList<CandidateScore>> ScoreAllAsync(AssertionSpec spec, IReadOnlyList<string> texts,
        AssertionInput input, CancellationToken cancellationToken)
    {
        var embedder = input.Services.Embedder
            ?? throw new InvalidOperationException("the similar assertion needs an embedder; none is configured");
        var references = AssertionValues.Strings(spec.Value)!;
        var threshold = spec.Threshold ?? DefaultThreshold;

        // One call for references and candidates together: an embedder batches cheaper than it answers singly.
        var embeddings = await embedder.GenerateAsync([.. references, .. texts], cancellationToken: cancellationToken);
        var referenceVectors = embeddings.Take(references.Count).Select(e => e.Vector).ToList();
        var scores = new List<CandidateScore>(texts.Count);
        foreach (var candidate in embeddings.Skip(references.Count))
        {
            var best = referenceVectors.Max(r => (double)TensorPrimitives.CosineSimilarity(candidate.Vector.Span, r.Span));
            var score = Math.Clamp(best, 0, 1);
            scores.Add(new CandidateScore(score, best >= threshold, $"cosine {best:0.###} {(best >= threshold ? ">=" : "<")} {threshold:0.###}"));
        }

        return scores;
    }
}
