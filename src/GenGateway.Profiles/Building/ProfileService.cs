using System.Collections.Concurrent;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Hosting;
using GenGateway.Profiles.Persistence;
using GenGateway.Profiles.Privacy;
using GenGateway.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenGateway.Profiles.Building;

/// <summary>
/// Owns each user's profile file: loads it, folds new events in, and rebuilds it from the vector store when the file
/// is missing, unreadable or behind the store (a crash between the store write and the profile write).
/// </summary>
public sealed partial class ProfileService
{
    private readonly IVectorStore _store;
    private readonly ProfileFileStore _files;
    private readonly UserLocks _locks;
    private readonly ProfileOptions _options;
    private readonly ProfileBuilder _builder;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ProfileService> _logger;

    // Users whose file was checked against the store since start; later reads trust the file.
    private readonly ConcurrentDictionary<(string Tenant, string UserId), bool> _verified = new();

    private readonly PrivacyKeys _keys;

    internal ProfileService(IVectorStore store, ProfileFileStore files, UserLocks locks, IOptions<ProfileOptions> options,
        TimeProvider timeProvider, PrivacyKeys keys, ILogger<ProfileService> logger)
    {
        _keys = keys;
        _store = store;
        _files = files;
        _locks = locks;
        _options = options.Value;
        _builder = new ProfileBuilder(_options.HalfLifeDays);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The user's readable profile (cold start when there is nothing yet).</summary>
    public async Task<UserProfile> GetAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
        ProfileReader.Read(await LoadAsync(tenant, userId, cancellationToken), userId, _options.InterestTerms);

    /// <summary>Recomputes the profile from every stored event of the user and saves it.</summary>
    public async Task<UserProfile> RebuildAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        using (await _locks.AcquireAsync(tenant, userId, cancellationToken))
        {
            var state = await RebuildLockedAsync(tenant, userId, cancellationToken);
            return ProfileReader.Read(state, userId, _options.InterestTerms);
        }
    }

    internal ProfileOptions Options => _options;

    internal UserLocks Locks => _locks;

    /// <summary>The current state; checks it against the store the first time a user is read after start.</summary>
    internal async Task<ProfileState> LoadAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        if (_verified.ContainsKey((tenant, userId)))
        {
            return await _files.LoadAsync(tenant, userId, cancellationToken) ?? Empty(tenant, userId);
        }

        using (await _locks.AcquireAsync(tenant, userId, cancellationToken))
        {
            return await LoadLockedAsync(tenant, userId, cancellationToken);
        }
    }

    /// <summary>Same as <see cref="LoadAsync"/> for a caller that already holds the user's lock.</summary>
    internal async Task<ProfileState> LoadLockedAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        var state = await _files.LoadAsync(tenant, userId, cancellationToken);
        if (_verified.ContainsKey((tenant, userId)))
        {
            return state ?? Empty(tenant, userId);
        }

        var stored = await _store.CountAsync(new VectorFilter(tenant, userId), cancellationToken);
        if ((state?.Version ?? 0) != stored)
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                var userRef = _keys.UserRef(tenant, userId);
                LogRebuilding(_logger, userRef, state?.Version ?? 0, stored);
            }

            state = await RebuildLockedAsync(tenant, userId, cancellationToken);
        }

        _verified[(tenant, userId)] = true;
        return state ?? Empty(tenant, userId);
    }

    /// <summary>Folds freshly stored events in and saves; the caller holds the user's lock.</summary>
    internal async Task<ProfileState> ApplyLockedAsync(ProfileState state, IEnumerable<ProfileEvent> events, CancellationToken cancellationToken)
    {
        foreach (var item in events)
        {
            _builder.Apply(state, item);
        }

        state.UpdatedAt = _timeProvider.GetUtcNow();
        await _files.SaveAsync(state, cancellationToken);
        return state;
    }

    /// <summary>Forgets the profile (erasure); the caller holds the user's lock.</summary>
    internal bool DeleteLocked(string tenant, string userId)
    {
        var deleted = _files.Delete(tenant, userId);
        _verified.TryRemove((tenant, userId), out _);
        return deleted;
    }

    private async Task<ProfileState> RebuildLockedAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        var state = Empty(tenant, userId);
        await foreach (var point in _store.ScrollAsync(new VectorFilter(tenant, userId), cancellationToken))
        {
            _builder.Apply(state, StoredEvents.ToProfileEvent(point));
        }

        if (state.Version == 0)
        {
            _files.Delete(tenant, userId);
            return state;
        }

        state.UpdatedAt = _timeProvider.GetUtcNow();
        await _files.SaveAsync(state, cancellationToken);
        return state;
    }

    private static ProfileState Empty(string tenant, string userId) => new() { Tenant = tenant, UserId = userId };

    [LoggerMessage(EventId = 3001, EventName = "ProfileRebuild", Level = LogLevel.Information,
        Message = "Rebuilding profile of user {UserRef} from the store: file has {FileVersion} events, store has {Stored}")]
    private static partial void LogRebuilding(ILogger logger, string userRef, long fileVersion, long stored);
}
