using GenGateway.Core.Caching;
using GenGateway.Core.Feedback;
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
    private readonly IFeedbackStore _feedback;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<UserDataService> _logger;

    internal UserDataService(IVectorStore store, ProfileService profiles, ConsentStore consents, OutputCacheEraser outputCache,
        GenerationLedger ledger, IFeedbackStore feedback, TimeProvider timeProvider, ILogger<UserDataService> logger)
    {
        _store = store;
        _profiles = profiles;
        _consents = consents;
        _outputCache = outputCache;
        _ledger = ledger;
        _feedback = feedback;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Every stored event (redacted, without vectors), the profile and the consent.</summary>
    public async Task<UserExport> ExportAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        var events = new List<ExportedEvent>();
        await foreach (var point in _store.ScrollAsync(new VectorFilter(tenant, userId), cancellationToken))
        {
            events.Add(new ExportedEvent
            {
                Id = point.Id,
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
        };
    }

    /// <summary>
    /// Erases the user everywhere: stored events, profile, consent, cached model answers, the ledger of recent
    /// responses and the feedback log. Each step is durable before the call returns.
    /// </summary>
    public async Task<ErasureResult> EraseAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        using (await _profiles.Locks.AcquireAsync(tenant, userId, cancellationToken))
        {
            var events = await _store.DeleteAsync(new VectorFilter(tenant, userId), cancellationToken);
            await _profiles.DeleteLockedAsync(tenant, userId, cancellationToken);
            await _consents.DeleteAsync(tenant, userId, cancellationToken);
            await _outputCache.EraseUserAsync(tenant, userId, cancellationToken);
            _ledger.EraseUser(tenant, userId);
            var feedback = await _feedback.EraseUserAsync(tenant, userId, cancellationToken);
            LogErased(_logger, tenant, userId, events, feedback);
            return new ErasureResult(events, feedback);
        }
    }

    [LoggerMessage(EventId = 3003, EventName = "UserErased", Level = LogLevel.Information,
        Message = "Erased {Tenant}/{UserId}: {Events} events, {Feedback} feedback records, profile, consent and cached outputs")]
    private static partial void LogErased(ILogger logger, string tenant, string userId, long events, int feedback);
}
