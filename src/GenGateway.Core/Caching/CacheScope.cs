using Microsoft.Extensions.AI;

namespace GenGateway.Core.Caching;

/// <summary>
/// Who and what an answer was generated for, beyond the messages themselves: part of the cache key, so an answer is
/// only reused for the same tenant, user, profile version, consent state and prompt version. The generation pipeline
/// puts it in <see cref="ChatOptions.AdditionalProperties"/> under <see cref="OptionsKey"/>.
/// </summary>
/// <param name="Tenant">Tenant of the request.</param>
/// <param name="UserId">User the answer is personalized for; null for an anonymous request.</param>
/// <param name="ProfileVersion">Profile version the prompt's traits came from.</param>
/// <param name="PersonalizationConsent">Whether the user's consent to personalization was given when the prompt was built.</param>
/// <param name="Prompt">Prompt name.</param>
/// <param name="PromptVersion">Prompt version.</param>
public sealed record CacheScope(string Tenant, string? UserId, long ProfileVersion, bool PersonalizationConsent, string Prompt, string PromptVersion)
{
    /// <summary>Key under <see cref="ChatOptions.AdditionalProperties"/> holding the scope of one call.</summary>
    public const string OptionsKey = "gengateway.cache.scope";

    /// <summary>The scope set on <paramref name="options"/>, or null when none was.</summary>
    public static CacheScope? Read(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(OptionsKey, out var value) == true ? value as CacheScope : null;

    /// <summary>The user the answer belongs to (see <see cref="CacheTags.User"/>), whose erasure mark is part of the key; null when anonymous.</summary>
    public string? UserTag => UserId is { } user ? CacheTags.User(Tenant, user) : null;
}
