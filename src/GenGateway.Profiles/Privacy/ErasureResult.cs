namespace GenGateway.Profiles.Privacy;

/// <summary>The receipt of an erase: what was removed, by kind, without any of the user's data.</summary>
/// <param name="Events">Stored events (vector points) deleted.</param>
/// <param name="FeedbackRecords">Feedback log records deleted.</param>
/// <param name="Profile">Whether a stored profile was deleted.</param>
/// <param name="Consent">Whether a stored consent record was deleted.</param>
/// <param name="LedgerEntries">Recent generation responses (kept in memory for feedback) forgotten.</param>
/// <param name="CachedAnswers">Whether cached model answers tagged with the user were purged (always attempted).</param>
public sealed record ErasureResult(long Events, int FeedbackRecords, bool Profile = false, bool Consent = false, int LedgerEntries = 0, bool CachedAnswers = true)
{
    /// <summary>Records removed from other stores, by store name (e.g. <c>experiments</c>).</summary>
    public IReadOnlyDictionary<string, int> Records { get; init; } = new Dictionary<string, int>();
}
