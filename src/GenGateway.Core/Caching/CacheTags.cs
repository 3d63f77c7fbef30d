using Microsoft.Extensions.AI;

namespace GenGateway.Core.Caching;

/// <summary>Tags on cached answers, so erasing a user can drop every answer generated for them.</summary>
public static class CacheTags
{
    /// <summary>Key under <see cref="ChatResponse.AdditionalProperties"/> set to true when the answer came from the cache.</summary>
    public const string HitKey = "gengateway.cache.hit";

    /// <summary>The tag of one user's cached answers.</summary>
    public static string User(string tenant, string userId) => $"user:{tenant.Length}:{tenant}:{userId}";
}
