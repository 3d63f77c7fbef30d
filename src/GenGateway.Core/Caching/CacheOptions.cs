using Microsoft.Extensions.Caching.Hybrid;

namespace GenGateway.Core.Caching;

/// <summary>Settings under <c>GenGateway:Cache</c> for cached model answers (Microsoft's <c>HybridCache</c>).</summary>
public sealed class CacheOptions
{
    /// <summary>Cache model answers for identical requests.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an answer stays cached, in seconds (in Redis, when configured).</summary>
    public double TtlSeconds { get; set; } = 3600;

    /// <summary>
    /// With Redis: how long a node trusts its in-memory copy of a user's erasure mark before reading it from Redis again,
    /// in seconds (at most <see cref="TtlSeconds"/>). HybridCache has no backplane, so this is the longest time another
    /// node can still serve an erased user's answer (<see cref="OutputCacheEraser"/>).
    /// </summary>
    public double LocalTtlSeconds { get; set; } = 30;

    /// <summary>
    /// StackExchange.Redis configuration string (for example <c>127.0.0.1:6379</c>) of a shared second level; empty for
    /// memory only. Answers and erasures are then shared by every gateway node using the same Redis.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Connect and command timeout for Redis, in milliseconds; an unreachable Redis costs each call at most this.</summary>
    public int RedisTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>Whether Redis is configured as the second level shared by every node.</summary>
    internal bool HasSharedSecondLevel => !string.IsNullOrWhiteSpace(Redis);

    /// <summary>How answers are kept: <see cref="TtlSeconds"/> in memory and in Redis (erasure does not rely on expiry).</summary>
    internal HybridCacheEntryOptions AnswerEntryOptions() => new() { Expiration = TimeSpan.FromSeconds(TtlSeconds) };
}
