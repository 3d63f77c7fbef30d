namespace GenGateway.Core.Caching;

/// <summary>Settings under <c>GenGateway:Cache</c> for cached model answers (Microsoft's <c>HybridCache</c>).</summary>
public sealed class CacheOptions
{
    /// <summary>Cache model answers for identical requests.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an answer stays cached, in seconds (in Redis, when configured).</summary>
    public double TtlSeconds { get; set; } = 3600;

    /// <summary>
    /// How long a node keeps an answer in its own memory, in seconds (at most <see cref="TtlSeconds"/>). HybridCache has
    /// no backplane: erasing a user on one node cannot reach another node's memory, so this is the longest time another
    /// node can still serve an erased or withdrawn user's answer.
    /// </summary>
    public double LocalTtlSeconds { get; set; } = 30;

    /// <summary>
    /// StackExchange.Redis configuration string (for example <c>127.0.0.1:6379</c>) of a shared second level; empty for
    /// memory only. Answers and erasures are then shared by every gateway node using the same Redis.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Connect and command timeout for Redis, in milliseconds; an unreachable Redis costs each call at most this.</summary>
    public int RedisTimeoutMilliseconds { get; set; } = 1000;
}
