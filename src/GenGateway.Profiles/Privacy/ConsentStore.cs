using System.Collections.Concurrent;
using System.Text.Json;
using GenGateway.Profiles.Persistence;
using GenGateway.Storage;

namespace GenGateway.Profiles.Privacy;

/// <summary>
/// Consent per tenant and user, one record each. A single gateway caches it in memory, since every generation reads
/// it; with a shared store (several replicas) it is read from the store on every call, so consent withdrawn through
/// one replica holds on the next request to any other.
/// </summary>
public sealed class ConsentStore
{
    private readonly UserDocuments _documents;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<(string Tenant, string UserId), Consent>? _cache;

    internal ConsentStore(UserDocuments documents, TimeProvider timeProvider)
    {
        _documents = documents;
        _timeProvider = timeProvider;
        _cache = documents.IsShared ? null : new();
    }

    /// <summary>The user's consent; <see cref="Consent.Default"/> when never set.</summary>
    public async Task<Consent> GetAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        if (_cache is not null && _cache.TryGetValue((tenant, userId), out var cached))
        {
            return cached;
        }

        var record = await _documents.Store.GetAsync(tenant, userId, UserDocuments.Consent, string.Empty, cancellationToken);
        var consent = record is null ? Consent.Default : JsonSerializer.Deserialize<Consent>(record.Json, ProfileJson.Options) ?? Consent.Default;
        return _cache is null ? consent : _cache.GetOrAdd((tenant, userId), consent);
    }

    /// <summary>Records the user's choice durably before it takes effect.</summary>
    public async Task<Consent> SetAsync(string tenant, string userId, bool personalization, CancellationToken cancellationToken = default)
    {
        var consent = new Consent { Personalization = personalization, UpdatedAt = _timeProvider.GetUtcNow() };
        await _documents.Store.PutAsync(new UserDocument(tenant, userId, UserDocuments.Consent, string.Empty,
            JsonSerializer.Serialize(consent, ProfileJson.Options), consent.UpdatedAt.Value), cancellationToken);
        if (_cache is not null)
        {
            _cache[(tenant, userId)] = consent;
        }

        return consent;
    }

    /// <summary>Forgets the user's consent (erasure): the default applies again. Returns whether one was stored.</summary>
    public async Task<bool> DeleteAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        var deleted = await _documents.Store.DeleteAsync(tenant, userId, UserDocuments.Consent, cancellationToken) > 0;
        _cache?.TryRemove((tenant, userId), out _);
        return deleted;
    }
}
