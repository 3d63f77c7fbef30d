using System.Collections.Concurrent;
using System.Text.Json;
using GenGateway.Profiles.Persistence;

namespace GenGateway.Profiles.Privacy;

/// <summary>Consent per tenant and user, one small file each, cached in memory since every generation reads it.</summary>
public sealed class ConsentStore
{
    private readonly UserPaths _paths;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<(string Tenant, string UserId), Consent> _cache = new();

    internal ConsentStore(UserPaths paths, TimeProvider timeProvider)
    {
        _paths = paths;
        _timeProvider = timeProvider;
    }

    /// <summary>The user's consent; <see cref="Consent.Default"/> when never set.</summary>
    public async Task<Consent> GetAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue((tenant, userId), out var cached))
        {
            return cached;
        }

        var path = _paths.Consent(tenant, userId);
        var consent = Consent.Default;
        if (File.Exists(path))
        {
            await using var stream = File.OpenRead(path);
            consent = await JsonSerializer.DeserializeAsync<Consent>(stream, ProfileJson.Options, cancellationToken) ?? Consent.Default;
        }

        return _cache.GetOrAdd((tenant, userId), consent);
    }

    /// <summary>Records the user's choice durably before it takes effect.</summary>
    public async Task<Consent> SetAsync(string tenant, string userId, bool personalization, CancellationToken cancellationToken = default)
    {
        var consent = new Consent { Personalization = personalization, UpdatedAt = _timeProvider.GetUtcNow() };
        await AtomicFile.WriteAsync(_paths.Consent(tenant, userId), JsonSerializer.SerializeToUtf8Bytes(consent, ProfileJson.Options), cancellationToken);
        _cache[(tenant, userId)] = consent;
        return consent;
    }

    /// <summary>Forgets the user's consent (erasure): the default applies again. Returns whether one was stored.</summary>
    public bool Delete(string tenant, string userId)
    {
        var deleted = AtomicFile.Delete(_paths.Consent(tenant, userId));
        _cache.TryRemove((tenant, userId), out _);
        return deleted;
    }
}
