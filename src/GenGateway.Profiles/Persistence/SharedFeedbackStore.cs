using System.Globalization;
using System.Text.Json;
using GenGateway.Core.Feedback;
using GenGateway.Storage;

namespace GenGateway.Profiles.Persistence;

/// <summary>
/// Feedback kept as per-user records in the shared store, so an erase through any replica removes it and every
/// replica reads the same. One record per feedback event, keyed by request, candidate, outcome and time, so a retried
/// write replaces itself instead of adding a copy. Feedback without a user is kept under the empty user id.
/// </summary>
internal sealed class SharedFeedbackStore(UserDocuments documents) : IFeedbackStore
{
    public Task AppendAsync(FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var key = string.Join('/', record.RequestId, record.CandidateIndex.ToString(CultureInfo.InvariantCulture), record.Outcome,
            record.At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        return documents.Store.PutAsync(new UserDocument(record.Tenant, record.UserId ?? string.Empty, UserDocuments.Feedback, key,
            JsonSerializer.Serialize(record, ProfileJson.Options), record.At), cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackRecord>> ReadUserAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        var stored = await documents.Store.ListAsync(tenant, userId, UserDocuments.Feedback, cancellationToken);
        return stored.Select(r => JsonSerializer.Deserialize<FeedbackRecord>(r.Json, ProfileJson.Options)!).ToList();
    }

    public async Task<int> EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
        (int)await documents.Store.DeleteAsync(tenant, userId, UserDocuments.Feedback, cancellationToken);
}
