using System.Runtime.CompilerServices;
using GenGateway.Evaluation.Relevance;
using Microsoft.Extensions.AI;

namespace GenGateway.Core.Tasks.Replies;

/// <summary>
/// Smart replies chosen by meaning. The vetted set is embedded once; each incoming message is scored against every
/// vetted reply with the relevance model, less that reply's typical score (its mean against the other vetted replies
/// taken as messages), so a reply that fits anything ("All right.") does not win everywhere. The best reply of each
/// intent is offered, best first, only when it beats its typical score by <see cref="RelevanceMargin"/>. When every reply offered is positive and a negative one is relevant too, the last offer makes
/// room for the best negative, so declining is always one tap away when it makes sense (Gmail's Smart Reply rule).
/// Model candidates are ordered by the same score.
/// </summary>
public sealed class ReplySelector
{
    /// <summary>Service key under which hosts register the embedder the relevance model was fitted on (MiniLM).</summary>
    public const string EmbedderKey = "GenGateway.SmartReplies";

    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly ReplyRelevanceModel _model;
    private readonly IReadOnlyList<VettedReply> _replies;
    // The shipped set embedded, per embedder instance: hosts in one process (tests, eval runs) share the MiniLM
    // instance, so the set is embedded once per process, not once per host.
    private static readonly ConditionalWeakTable<IEmbeddingGenerator<string, Embedding<float>>, Lazy<Task<EmbeddedSet>>> BuiltInEmbedded = [];

    /// <summary>
    /// How far above its typical score a vetted reply must score to be offered. Set by reading the selections for
    /// everyday messages and for messages no reply fits (a server error report stays below 0.4; fitting replies score 1.3–3.4).
    /// </summary>
    public const double RelevanceMargin = 1.0;

    private readonly Lazy<Task<EmbeddedSet>> _embedded;

    /// <summary>Creates the selector over <paramref name="replies"/> (default: the shipped set).</summary>
    public ReplySelector(IEmbeddingGenerator<string, Embedding<float>> embedder, ReplyRelevanceModel model, IReadOnlyList<VettedReply>? replies = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(model);
        var metadata = embedder.GetService<EmbeddingGeneratorMetadata>();
        if (metadata?.DefaultModelId != model.Embedder)
        {
            throw new ArgumentException(
                $"the smart-reply relevance model was fitted on {model.Embedder} embeddings, not {metadata?.DefaultModelId ?? embedder.GetType().Name}", nameof(embedder));
        }

        _embedder = embedder;
        _model = model;
        _replies = replies ?? VettedReplySet.BuiltIn;
        _embedded = replies is null
            ? BuiltInEmbedded.GetValue(embedder, e => new Lazy<Task<EmbeddedSet>>(() => EmbedAsync(e, VettedReplySet.BuiltIn, model)))
            : new Lazy<Task<EmbeddedSet>>(() => EmbedAsync(embedder, replies, model));
    }

    /// <summary>Embeds the vetted set now (at startup) rather than on the first smart reply.</summary>
    public async Task WarmAsync(CancellationToken cancellationToken = default) => _ = await EmbeddedAsync(cancellationToken);

    /// <summary>
    /// Up to <paramref name="count"/> relevant vetted replies to <paramref name="message"/>, one per intent, best first;
    /// none when nothing is relevant enough. <paramref name="register"/> (<c>formal</c> or <c>casual</c>) leaves out
    /// replies of the opposite register.
    /// </summary>
    public async Task<IReadOnlyList<VettedReply>> SelectAsync(IReadOnlyList<string> history, string message, int count, string? register,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(message);
        if (count <= 0 || string.IsNullOrWhiteSpace(message))
        {
            return [];
        }

        var embedded = await EmbeddedAsync(cancellationToken);
        var query = await QueryAsync(history, message, cancellationToken);
        var excluded = register switch
        {
            VettedReply.Formal => VettedReply.Casual,
            VettedReply.Casual => VettedReply.Formal,
            _ => null,
        };
        var ranked = _replies.Select((reply, i) => (Reply: reply, Score: _model.Score(query, embedded.Replies[i]) - embedded.Typical[i]))
            .Where(x => x.Score >= RelevanceMargin && x.Reply.Register != excluded)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Reply.Text, StringComparer.Ordinal)
            .ToList();
        var bestPerIntent = ranked.DistinctBy(x => x.Reply.Intent, StringComparer.Ordinal).ToList();
        var chosen = bestPerIntent.Take(count).ToList();
        if (chosen.Count > 1 && chosen.All(x => x.Reply.Polarity == VettedReply.Positive)
            && bestPerIntent.Skip(count).FirstOrDefault(x => x.Reply.Polarity == VettedReply.Negative) is { Reply: not null } negative)
        {
            chosen[^1] = negative;
        }

        return chosen.Select(x => x.Reply).ToList();
    }

    /// <summary><paramref name="candidates"/> ordered by relevance to <paramref name="message"/>, most relevant first (stable for ties).</summary>
    public async Task<IReadOnlyList<int>> RankAsync(IReadOnlyList<string> history, string message, IReadOnlyList<string> candidates,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count < 2 || string.IsNullOrWhiteSpace(message))
        {
            return Enumerable.Range(0, candidates.Count).ToList();
        }

        var query = await QueryAsync(history, message, cancellationToken);
        var vectors = await _embedder.GenerateAsync(candidates, cancellationToken: cancellationToken);
        return Enumerable.Range(0, candidates.Count)
            .OrderByDescending(i => _model.Score(query, new ReplyCandidate(candidates[i], vectors[i].Vector.ToArray())))
            .ToList();
    }

    private async Task<ReplyQuery> QueryAsync(IReadOnlyList<string> history, string message, CancellationToken cancellationToken)
    {
        var vectors = await _embedder.GenerateAsync([message, ReplyRelevanceModel.ContextText(history, message)], cancellationToken: cancellationToken);
        return new ReplyQuery(vectors[0].Vector.ToArray(), vectors[1].Vector.ToArray(), message, string.Join(' ', history));
    }

    private Task<EmbeddedSet> EmbeddedAsync(CancellationToken cancellationToken) => _embedded.Value.WaitAsync(cancellationToken);

    // Not cancellable on purpose: the result is shared by every later caller, so one caller's cancellation must not poison it.
    private static async Task<EmbeddedSet> EmbedAsync(IEmbeddingGenerator<string, Embedding<float>> embedder, IReadOnlyList<VettedReply> replies,
        ReplyRelevanceModel model)
    {
        var vectors = await embedder.GenerateAsync(replies.Select(r => r.Text), cancellationToken: CancellationToken.None).ConfigureAwait(false);
        var candidates = replies.Select((r, i) => new ReplyCandidate(r.Text, vectors[i].Vector.ToArray())).ToArray();
        var asMessages = candidates.Select(c => new ReplyQuery(c.Vector, c.Vector, c.Text, string.Empty)).ToArray();
        var typical = new double[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            double sum = 0;
            for (var q = 0; q < asMessages.Length; q++)
            {
                sum += q == i ? 0 : model.Score(asMessages[q], candidates[i]);
            }

            typical[i] = sum / Math.Max(1, candidates.Length - 1);
        }

        return new EmbeddedSet(candidates, typical);
    }

    private sealed record EmbeddedSet(ReplyCandidate[] Replies, double[] Typical);
}
