using GenGateway.Core.Caching;
using GenGateway.Core.Feedback;
using GenGateway.Core.Privacy;
using GenGateway.Profiles.Building;
using GenGateway.Profiles.Events;
using GenGateway.Storage;
using Microsoft.Extensions.Logging;

namespace GenGateway.Profiles.Privacy;

/// <summary>Export and erasure of everything held about one user, across every store that holds it.</summary>
public sealed partial class UserDataService
{
    private readonly IVectorStore _store;
    private readonly ProfileService _profiles;
    private readonly ConsentStore _consents;
    private readonly OutputCacheEraser _outputCache;
    private readonly GenerationLedger _ledger;
    private readonly FeedbackLog _feedback;
    private readonly IReadOnlyList<IUserRecords> _records;
    private readonly ErasureJournal _journal;
    private readonly PrivacyKeys _keys;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<UserDataService> _logger;

    internal UserDataService(IVectorStore store, ProfileService profiles, ConsentStore consents, OutputCacheEraser outputCache,
        GenerationLedger ledger, FeedbackLog feedback, IEnumerable<IUserRecords> records, ErasureJournal journal, PrivacyKeys keys,
        TimeProvider timeProvider, ILogger<UserDataService> logger)
    {
        _records = [.. records];
        _store = store;
        _profiles = profiles;
        _consents = consents;
        _outputCache = outputCache;
        _ledger = ledger;
        _feedback = feedback;
        _journal = journal;
        _keys = keys;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// Everything stored for the user: every event (redacted, without vectors), the profile, the consent, the feedback
    /// records (task, prompt version, model per response) and the records of other stores, such as experiment exposures
    /// and outcomes.
    /// </summary>
    public async Task<UserExport> ExportAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        var events = new List<ExportedEvent>();
        await foreach (var point in _store.ScrollAsync(new VectorFilter(tenant, userId), cancellationToken))
        {
            events.Add(new ExportedEvent
            {
                Id = point.Payload.GetValueOrDefault(PayloadKeys.EventId) ?? point.Id,
                StoredId = point.Id,
                Type = point.Kind,
                Text = point.Payload.GetValueOrDefault(PayloadKeys.Text),
                Subject = point.Payload.GetValueOrDefault(PayloadKeys.Subject),
                OccurredAt = point.OccurredAt,
                Metadata = point.Payload.Where(p => p.Key.StartsWith(PayloadKeys.MetadataPrefix, StringComparison.Ordinal))
                    .ToDictionary(p => p.Key[PayloadKeys.MetadataPrefix.Length..], p => p.Value, StringComparer.Ordinal),
            });
        }

        return new UserExport
        {
            UserId = userId,
            ExportedAt = _timeProvider.GetUtcNow(),
            Consent = await _consents.GetAsync(tenant, userId, cancellationToken),
            Profile = await _profiles.GetAsync(tenant, userId, cancellationToken),
            Events = events,
            Feedback = await _feedback.ReadUserAsync(tenant, userId, cancellationToken),
            Records = await ExportRecordsAsync(tenant, userId, cancellationToken),
        };
    }

    /// <summary>
    /// Erases the user everywhere: stored events, profile, consent, cached model answers, the ledger of recent
    /// responses and the feedback log, and answers what it removed. Each step is durable before the call returns; a
    /// crash part way is finished at the next start from the erasure journal.
    /// </summary>
    public async Task<ErasureResult> EraseAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        using (await _profiles.Locks.AcquireAsync(tenant, userId, cancellationToken))
        {
            await _journal.BeginAsync(tenant, userId, cancellationToken);
            var result = await EraseLockedAsync(tenant, userId, cancellationToken);
            _journal.Complete(tenant, userId);
            if (_logger.IsEnabled(LogLevel.Information))
            {
                var userRef = _keys.UserRef(tenant, userId);
                var others = string.Join(", ", result.Records.Select(r => $"{r.Value} {r.Key} records"));
                LogErased(_logger, userRef, result.Events, result.FeedbackRecords, result.Profile, result.Consent, result.LedgerEntries, others);
            }

            return result;
        }
    }

    /// <summary>Finishes erasures a crash cut short (call at startup, before serving requests); returns how many.</summary>
    public async Task<int> FinishPendingErasuresAsync(CancellationToken cancellationToken = default)
    {
        var pending = _journal.Pending();
        foreach (var erasure in pending)
        {
            using (await _profiles.Locks.AcquireAsync(erasure.Tenant, erasure.UserId, cancellationToken))
            {
                var result = await EraseLockedAsync(erasure.Tenant, erasure.UserId, cancellationToken);
                _journal.Complete(erasure.Tenant, erasure.UserId);
                var userRef = _keys.UserRef(erasure.Tenant, erasure.UserId);
                LogFinished(_logger, userRef, result.Events, result.FeedbackRecords);
            }
        }

        return pending.Count;
    }

    private async Task<ErasureResult> EraseLockedAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        var events = await _store.DeleteAsync(new VectorFilter(tenant, userId), cancellationToken);
        var profile = _profiles.DeleteLocked(tenant, userId);
        var consent = _consents.Delete(tenant, userId);
        await _outputCache.EraseUserAsync(tenant, userId, cancellationToken);
        var ledger = _ledger.EraseUser(tenant, userId);
        var feedback = await _feedback.EraseUserAsync(tenant, userId, cancellationToken);
        var records = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var holder in _records)
        {
            records[holder.Name] = await holder.EraseUserAsync(tenant, userId, cancellationToken);
        }

        return new ErasureResult(events, feedback, profile, consent, ledger) { Records = records };
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<object>>> ExportRecordsAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        var records = new SortedDictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
        foreach (var holder in _records)
        {
            records[holder.Name] = await holder.ExportUserAsync(tenant, userId, cancellationToken);
        }

        return records;
    }

    [LoggerMessage(EventId = 3003, EventName = "UserErased", Level = LogLevel.Information,
        Message = "Erased user {UserRef}: {Events} events, {Feedback} feedback records, profile {Profile}, consent {Consent}, {Ledger} ledger entries, cached answers purged; {Others}")]
    private static partial void LogErased(ILogger logger, string userRef, long events, int feedback, bool profile, bool consent, int ledger, string others);

    [LoggerMessage(EventId = 3005, EventName = "PendingErasureFinished", Level = LogLevel.Warning,
        Message = "Finished the erase of user {UserRef} that a stop had interrupted: {Events} events, {Feedback} feedback records removed now")]
    private static partial void LogFinished(ILogger logger, string userRef, long events, int feedback);
}
