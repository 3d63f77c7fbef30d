namespace GenGateway.Evaluation.Relevance;

/// <summary>One message with replies that fit it and replies that do not (what a relevance model is fitted on).</summary>
/// <param name="Query">The message.</param>
/// <param name="Relevant">Replies that answer it.</param>
/// <param name="Irrelevant">Replies that do not.</param>
public sealed record RankingGroup(ReplyQuery Query, IReadOnlyList<ReplyCandidate> Relevant, IReadOnlyList<ReplyCandidate> Irrelevant);
