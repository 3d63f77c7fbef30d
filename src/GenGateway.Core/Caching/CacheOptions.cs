namespace GenGateway.Core.Caching;

/// <summary>Settings under <c>GenGateway:Cache</c> for cached model answers.</summary>
public sealed class CacheOptions
{
    /// <summary>Cache model answers for identical prompts.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an answer stays cached, in seconds.</summary>
    public double TtlSeconds { get; set; } = 3600;

    /// <summary>Most entries held in memory; the oldest are dropped first.</summary>
    public int MaxEntries { get; set; } = 10_000;
}
