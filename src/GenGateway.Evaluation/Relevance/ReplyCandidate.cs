namespace GenGateway.Evaluation.Relevance;

/// <summary>A possible reply, embedded.</summary>
/// <param name="Text">The reply.</param>
/// <param name="Vector">Its embedding.</param>
public sealed record ReplyCandidate(string Text, float[] Vector);
