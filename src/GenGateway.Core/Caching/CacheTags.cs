using Microsoft.Extensions.AI;

namespace GenGateway.Core.Caching;

/// <summary>Names used by the answer cache: the hit marker on a response and the identity of a user's answers.</summary>
public static class CacheTags
{
    /// <summary>Key under <see cref="ChatResponse.AdditionalProperties"/> set to true when the answer came from the cache.</summary>
    public const string HitKey = "gengateway.cache.hit";

    /// <summary>One user's identity in the cache (tenant length-prefixed, so no two tenant/user pairs collide).</summary>
    public static string User(string tenant, string userId) => $"user:{tenant.Length}:{tenant}:{userId}";
}
