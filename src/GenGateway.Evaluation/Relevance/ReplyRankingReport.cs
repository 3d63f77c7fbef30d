namespace GenGateway.Evaluation.Relevance;

/// <summary>How well a relevance model ranks human replies above adversarial non-replies.</summary>
/// <param name="Contexts">Contexts measured.</param>
/// <param name="Accuracy">
/// Share of replies classified right when, per context, the top <c>k</c> by score are called relevant and <c>k</c> is
/// the number of human replies (5 of 10 in DailyDialog++): the relevant-versus-adversarial accuracy of the data README.
/// </param>
/// <param name="PairwiseAccuracy">Share of (human, adversarial) pairs of a context where the human reply scores higher.</param>
/// <param name="ThresholdAccuracy">Share of replies classified right by the model's fitted threshold alone.</param>
/// <param name="Model">What was measured.</param>
public sealed record ReplyRankingReport(int Contexts, double Accuracy, double PairwiseAccuracy, double ThresholdAccuracy, string Model);
