namespace GenGateway.EvalSuites.Running;

/// <summary>What <see cref="EvalChatClient"/> needs to know about its provider.</summary>
/// <param name="ProviderType">The gateway provider type (openai, anthropic, llamacpp).</param>
/// <param name="Model">The configured model.</param>
/// <param name="BaseUrl">The endpoint, part of the cache key so two servers never share answers.</param>
/// <param name="Temperature">Temperature to force; null means 0.</param>
/// <param name="Seed">Base seed.</param>
internal sealed record EvalChatSettings(string ProviderType, string? Model, string? BaseUrl, double? Temperature, long Seed);
