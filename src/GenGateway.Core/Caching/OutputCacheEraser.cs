using Microsoft.Extensions.Caching.Hybrid;

namespace GenGateway.Core.Caching;

/// <summary>Drops every cached model answer generated for a user; part of erasing that user.</summary>
public sealed class OutputCacheEraser(HybridCache cache, UserErasures erasures)
{
    /// <summary>
    /// Removes the user's cached answers, here and in the shared second level, including one still being generated.
    /// Other nodes' memory keeps an answer until <see cref="CacheOptions.LocalTtlSeconds"/> at most.
    /// </summary>
    public async ValueTask EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        var tag = CacheTags.User(tenant, userId);
        // Recorded first, so a load that finishes after the tag removal sees it and does not keep its answer.
        erasures.Record(tag);
        await cache.RemoveByTagAsync(tag, cancellationToken);
    }
}
