using System.Text.Json;
using GenGateway.Core.Validation;
using GenGateway.Evaluation.Pii;
using GenGateway.Profiles.Building;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Privacy;
using GenGateway.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace GenGateway.Profiles.Ingestion;

/// <summary>
/// Takes a batch of user events: validate, drop ids already stored, redact PII, embed, store (insert-only, durable),
/// then fold the new events into the profile. A replay of the same ids changes nothing.
/// </summary>
public sealed partial class EventIngestor
{
    private readonly EventBatchValidator _validator;
    private readonly IVectorStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly EmbedderGuard _embedderGuard;
    private readonly ProfileService _profiles;
    private readonly PrivacyKeys _keys;
    private readonly ILogger<EventIngestor> _logger;

    internal EventIngestor(EventBatchValidator validator, IVectorStore store, IEmbeddingGenerator<string, Embedding<float>> embedder,
        EmbedderGuard embedderGuard, ProfileService profiles, PrivacyKeys keys, ILogger<EventIngestor> logger)
    {
        _keys = keys;
        _validator = validator;
        _store = store;
        _embedder = embedder;
        _embedderGuard = embedderGuard;
        _profiles = profiles;
        _logger = logger;
    }

    /// <summary>Problems with the user id or the batch as a whole; when any, call nothing else.</summary>
    public IReadOnlyList<FieldError> ValidateBatch(string userId, EventBatch batch) => _validator.ValidateBatch(userId, batch);

    /// <summary>Ingests a batch that passed <see cref="ValidateBatch"/>.</summary>
    public async Task<IngestResult> IngestAsync(string tenant, string userId, EventBatch batch, CancellationToken cancellationToken = default)
    {
        var events = batch.Events ?? [];
        var errors = new List<FieldError>();
        var valid = new List<UserEvent>(events.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = 0;
        var rejected = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var problems = _validator.ValidateEvent(events[i], i);
            if (problems.Count > 0)
            {
                errors.AddRange(problems);
                rejected++;
            }
            else if (!seen.Add(events[i].Id!))
            {
                duplicates++;
            }
            else
            {
                valid.Add(events[i]);
            }
        }

        using (await _profiles.Locks.AcquireAsync(tenant, userId, cancellationToken))
        {
            var state = await _profiles.LoadLockedAsync(tenant, userId, cancellationToken);
            if (valid.Count == 0)
            {
                return new IngestResult { Duplicates = duplicates, Rejected = rejected, Errors = errors, ProfileVersion = state.Version };
            }

            // Stored ids are keyed hashes of the sent ones: a replayed id hashes alike, an email-address id is never written down.
            var storedIds = valid.ToDictionary(e => e, e => _keys.StoredEventId(tenant, userId, e.Id!));
            var existing = await _store.GetExistingIdsAsync(tenant, userId, storedIds.Values.ToList(), cancellationToken);
            var fresh = valid.Where(e => !existing.Contains(storedIds[e])).Select(e => Redact(e, storedIds[e])).ToList();
            duplicates += valid.Count - fresh.Count;
            if (fresh.Count > 0)
            {
                var texts = fresh.Select(e => StoredEvents.EmbeddingText(e.Subject, e.Text)).ToList();
                var embeddings = await _embedder.GenerateAsync(texts, cancellationToken: cancellationToken);
                await _embedderGuard.EnsureAsync(cancellationToken);
                var points = fresh.Select((e, i) => ToPoint(tenant, userId, e, embeddings[i].Vector)).ToList();
                await _store.UpsertAsync(points, cancellationToken);
                state = await _profiles.ApplyLockedAsync(state, points.Select(StoredEvents.ToProfileEvent), cancellationToken);
            }

            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var userRef = _keys.UserRef(tenant, userId);
                LogIngested(_logger, userRef, fresh.Count, duplicates, rejected);
            }

            return new IngestResult { Accepted = fresh.Count, Duplicates = duplicates, Rejected = rejected, Errors = errors, ProfileVersion = state.Version };
        }
    }

    private static RedactedEvent Redact(UserEvent e, string storedId)
    {
        // Keys are caller-chosen text too ("alice@example.com": "vip"); both sides are redacted before storage.
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in e.Metadata ?? [])
        {
            metadata[PiiRedactor.Redact(key)] = value.ValueKind switch
            {
                JsonValueKind.String => PiiRedactor.Redact(value.GetString()),
                JsonValueKind.Null => string.Empty,
                _ => PiiRedactor.Redact(value.GetRawText()),
            };
        }

        return new RedactedEvent(storedId, PiiRedactor.Redact(e.Id), e.Type!, e.OccurredAt!.Value.ToUniversalTime(), PiiRedactor.Redact(e.Text?.Trim()),
            PiiRedactor.Redact(e.Subject?.Trim()), metadata);
    }

    private static VectorPoint ToPoint(string tenant, string userId, RedactedEvent e, ReadOnlyMemory<float> vector)
    {
        var payload = new Dictionary<string, string>(StringComparer.Ordinal) { [PayloadKeys.EventId] = e.SentId };
        if (e.Text.Length > 0)
        {
            payload[PayloadKeys.Text] = e.Text;
        }

        if (e.Subject.Length > 0)
        {
            payload[PayloadKeys.Subject] = e.Subject;
        }

        foreach (var (key, value) in e.Metadata)
        {
            payload[PayloadKeys.MetadataPrefix + key] = value;
        }

        return new VectorPoint(tenant, userId, e.Id, e.Type, vector, e.OccurredAt, payload);
    }

    [LoggerMessage(EventId = 3002, EventName = "EventsIngested", Level = LogLevel.Debug,
        Message = "Ingested for user {UserRef}: {Accepted} accepted, {Duplicates} duplicates, {Rejected} rejected")]
    private static partial void LogIngested(ILogger logger, string userRef, int accepted, int duplicates, int rejected);
}
