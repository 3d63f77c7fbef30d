using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Caching;

/// <summary>
/// Erases a user's cached model answers, on every node. Each user has an erasure mark (empty until the first erase, a
/// new random value at each erase) and the mark is part of every answer key, so an erase makes all of the user's
/// earlier answers unreachable, including one still being generated when the erase lands.
/// </summary>
/// <remarks>
/// The mark lives in the same <see cref="HybridCache"/> as the answers. With Redis as the second level an erase writes
/// the new mark there at once, and every other node re-reads the mark when its in-memory copy expires, after
/// <see cref="CacheOptions.LocalTtlSeconds"/> at most: the bound on how long another node can still serve an erased
/// user's answer. HybridCache's own tag removal cannot give that bound across nodes: a node keeps a tag's invalidation
/// time from the first time it reads it and never reads it again (dotnet/extensions#7411), so a node that had served
/// the user before would go on serving the erased answers from Redis until they expire.
/// </remarks>
public sealed class OutputCacheEraser
{
    private readonly HybridCache _cache;
    private readonly HybridCacheEntryOptions _write;
    private readonly HybridCacheEntryOptions _read;

    /// <summary>Creates the eraser over the answer cache.</summary>
    public OutputCacheEraser(HybridCache cache, IOptions<CacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        // An answer kept under an old mark was stored at most LocalTtl after the erase and lives TtlSeconds, so the
        // mark must outlive both; memory-only, this node's copy is the only one and must live as long.
        var lifetime = TimeSpan.FromSeconds(settings.TtlSeconds + settings.LocalTtlSeconds);
        var local = settings.HasSharedSecondLevel ? TimeSpan.FromSeconds(Math.Min(settings.LocalTtlSeconds, settings.TtlSeconds)) : lifetime;
        _cache = cache;
        _write = new HybridCacheEntryOptions { Expiration = lifetime, LocalCacheExpiration = local };
        // Reading never writes Redis: a node that found no mark must not overwrite one another node has just set.
        _read = new HybridCacheEntryOptions { Expiration = lifetime, LocalCacheExpiration = local, Flags = HybridCacheEntryFlags.DisableDistributedCacheWrite };
    }

    /// <summary>
    /// Makes every answer cached for the user unreachable: on this node and in Redis at once, on other nodes within
    /// <see cref="CacheOptions.LocalTtlSeconds"/>. The answers themselves leave memory and Redis when their lifetime ends.
    /// </summary>
    public ValueTask EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
        _cache.SetAsync(MarkKey(CacheTags.User(tenant, userId)), Guid.NewGuid().ToString("N"), _write, tags: null, cancellationToken);

    /// <summary>The user's current erasure mark (empty when never erased within the answers' lifetime).</summary>
    internal ValueTask<string> MarkAsync(string userTag, CancellationToken cancellationToken) =>
        _cache.GetOrCreateAsync(MarkKey(userTag), static _ => ValueTask.FromResult(string.Empty), _read, tags: null, cancellationToken);

    // Hashed so that Redis never holds a user id as a key name, and so a long id cannot exceed the key length limit.
    private static string MarkKey(string userTag) =>
        "erasure:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userTag)));
}
