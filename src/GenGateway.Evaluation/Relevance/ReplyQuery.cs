namespace GenGateway.Evaluation.Relevance;

/// <summary>The message a reply answers, embedded: the message alone and with the turns just before it.</summary>
/// <param name="Message">Embedding of the message being answered.</param>
/// <param name="Context">Embedding of <see cref="ReplyRelevanceModel.ContextText"/>.</param>
/// <param name="MessageText">The message's text (for word overlap).</param>
/// <param name="HistoryText">The earlier turns' text, oldest first, joined (for word overlap).</param>
public sealed record ReplyQuery(float[] Message, float[] Context, string MessageText, string HistoryText);
