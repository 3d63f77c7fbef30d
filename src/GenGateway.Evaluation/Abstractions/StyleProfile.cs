namespace GenGateway.Evaluation;

/// <summary>A user's own writing style, learned from their past messages (used when the request is personalized).</summary>
/// <param name="Formality">0 = very casual, 1 = very formal.</param>
/// <param name="EmojiRate">Average emoji per message, e.g. 0.3.</param>
/// <param name="TypicalLength">Typical message length in characters; 0 when unknown.</param>
public sealed record StyleProfile(double Formality, double EmojiRate, int TypicalLength);
