using Microsoft.Extensions.Caching.Hybrid;

namespace GenGateway.Core.Caching;

/// <summary>Drops every cached model answer generated for a user; part of erasing that user.</summary>
public sealed class OutputCacheEraser(HybridCache cache)
{
    /// <summary>Removes the user's cached answers.</summary>
    public ValueTask EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
        cache.RemoveByTagAsync(CacheTags.User(tenant, userId), cancellationToken);
}
