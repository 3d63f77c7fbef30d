namespace GenGateway.Core.Feedback;

/// <summary>One stored feedback event, joined with what was generated (the exposure record for experiments).</summary>
public sealed record FeedbackRecord(
    string Tenant,
    string? UserId,
    string RequestId,
    int CandidateIndex,
    string Outcome,
    string CandidateText,
    string? EditedText,
    string Task,
    string PromptVersion,
    string Model,
    DateTimeOffset At);
