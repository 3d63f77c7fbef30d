using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;

namespace GenGateway.Core.Caching;

/// <summary>
/// A <see cref="HybridCache"/>: an in-memory first level, an optional <see cref="IDistributedCache"/> second level,
/// stampede protection (concurrent misses of one key run the factory once) and tag-based removal, which erasing a
/// user relies on. Registered as <see cref="HybridCache"/> so Microsoft's package can replace it where it restores.
/// </summary>
public sealed class GatewayHybridCache(TimeProvider timeProvider, int maxEntries = 10_000, IDistributedCache? secondLevel = null) : HybridCache
{
    private static readonly TimeSpan DefaultExpiration = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<object?>> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _keysByTag = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>Entries currently held in memory.</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public override async ValueTask<T> GetOrCreateAsync<TState, T>(string key, TState state, Func<TState, CancellationToken, ValueTask<T>> factory,
        HybridCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default)
    {
        if (TryGetLocal(key, out var local))
        {
            return (T)local!;
        }

        var tagList = tags?.ToArray() ?? [];
        var expiration = options?.Expiration ?? DefaultExpiration;
        var task = _inFlight.GetOrAdd(key, _ => LoadAsync(key, state, factory, expiration, tagList, cancellationToken));
        try
        {
            return (T)(await task.WaitAsync(cancellationToken))!;
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Task<object?>>(key, task));
        }
    }

    /// <inheritdoc />
    public override async ValueTask SetAsync<T>(string key, T value, HybridCacheEntryOptions? options = null, IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default)
    {
        var expiration = options?.Expiration ?? DefaultExpiration;
        Store(key, value, expiration, tags?.ToArray() ?? []);
        if (secondLevel is not null)
        {
            await secondLevel.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(value),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = expiration }, cancellationToken);
        }
    }

    /// <inheritdoc />
    public override async ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        _entries.TryRemove(key, out _);
        if (secondLevel is not null)
        {
            await secondLevel.RemoveAsync(key, cancellationToken);
        }
    }

    /// <inheritdoc />
    public override async ValueTask RemoveByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        if (!_keysByTag.TryRemove(tag, out var keys))
        {
            return;
        }

        foreach (var key in keys.Keys)
        {
            await RemoveAsync(key, cancellationToken);
        }
    }

    private async Task<object?> LoadAsync<TState, T>(string key, TState state, Func<TState, CancellationToken, ValueTask<T>> factory,
        TimeSpan expiration, string[] tags, CancellationToken cancellationToken)
    {
        if (secondLevel is not null && await secondLevel.GetAsync(key, cancellationToken) is { } bytes)
        {
            var fromL2 = JsonSerializer.Deserialize<T>(bytes);
            Store(key, fromL2, expiration, tags);
            return fromL2;
        }

        var value = await factory(state, cancellationToken);
        await SetAsync(key, value, new HybridCacheEntryOptions { Expiration = expiration }, tags, cancellationToken);
        return value;
    }

    private bool TryGetLocal(string key, out object? value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Expires > timeProvider.GetUtcNow())
            {
                value = entry.Value;
                return true;
            }

            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }

        value = null;
        return false;
    }

    private void Store(string key, object? value, TimeSpan expiration, string[] tags)
    {
        _entries[key] = new Entry(value, timeProvider.GetUtcNow() + expiration, Interlocked.Increment(ref _sequence));
        foreach (var tag in tags)
        {
            _keysByTag.GetOrAdd(tag, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[key] = 0;
        }

        if (_entries.Count > maxEntries)
        {
            Trim();
        }
    }

    private void Trim()
    {
        // Drop expired entries, then the oldest tenth: cheap enough at this size and keeps memory bounded.
        var now = timeProvider.GetUtcNow();
        foreach (var (key, entry) in _entries.Where(e => e.Value.Expires <= now))
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }

        var excess = _entries.Count - maxEntries;
        if (excess <= 0)
        {
            return;
        }

        foreach (var (key, _) in _entries.OrderBy(e => e.Value.Sequence).Take(excess + (maxEntries / 10)).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }

    private sealed record Entry(object? Value, DateTimeOffset Expires, long Sequence);
}
