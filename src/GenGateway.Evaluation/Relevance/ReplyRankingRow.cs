namespace GenGateway.Evaluation.Relevance;

/// <summary>One DailyDialog++ context: the message, its earlier turns, five human replies and five adversarial non-replies.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Id">The row's id (also its split key).</param>
/// <param name="Message">The message to reply to.</param>
/// <param name="History">Earlier turns, oldest first.</param>
/// <param name="References">Replies people wrote for it.</param>
/// <param name="Adversarial">Replies that reuse its words or topic but do not answer it.</param>
public sealed record ReplyRankingRow(int Line, string Id, string Message, IReadOnlyList<string> History, IReadOnlyList<string> References, IReadOnlyList<string> Adversarial);
