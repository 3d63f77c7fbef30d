namespace GenGateway.Profiles.Privacy;

/// <summary>What erasing a user removed.</summary>
/// <param name="Events">Stored events (vector points) deleted.</param>
/// <param name="FeedbackRecords">Feedback log records deleted.</param>
public sealed record ErasureResult(long Events, int FeedbackRecords);
