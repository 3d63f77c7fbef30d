using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Configuration;

/// <summary>
/// Turns the conventional environment variables into providers, so <c>OPENAI_API_KEY</c> alone (optionally with
/// <c>OPENAI_BASE_URL</c> and <c>GENGATEWAY_MODEL</c>) switches the OpenAI-compatible provider on, and
/// <c>ANTHROPIC_API_KEY</c> (with <c>ANTHROPIC_MODEL</c>) the Anthropic one. Explicit configuration wins.
/// </summary>
public sealed class EnvironmentProviderDefaults(IConfiguration configuration) : IPostConfigureOptions<GenGatewayOptions>
{
    /// <summary>Model used when only <c>OPENAI_API_KEY</c> is set.</summary>
    public const string DefaultOpenAIModel = "gpt-4o-mini";

    /// <summary>Model used when only <c>ANTHROPIC_API_KEY</c> is set.</summary>
    public const string DefaultAnthropicModel = "claude-3-5-haiku-latest";

    /// <inheritdoc />
    public void PostConfigure(string? name, GenGatewayOptions options)
    {
        if (configuration["OPENAI_API_KEY"] is { Length: > 0 } openAiKey && !options.Providers.ContainsKey(ProviderTypes.OpenAI))
        {
            options.Providers[ProviderTypes.OpenAI] = new ProviderOptions
            {
                Type = ProviderTypes.OpenAI,
                ApiKey = openAiKey,
                BaseUrl = configuration["OPENAI_BASE_URL"] is { Length: > 0 } url ? url : null,
                Model = configuration["GENGATEWAY_MODEL"] is { Length: > 0 } model ? model : DefaultOpenAIModel,
            };
        }

        if (configuration["ANTHROPIC_API_KEY"] is { Length: > 0 } anthropicKey && !options.Providers.ContainsKey(ProviderTypes.Anthropic))
        {
            options.Providers[ProviderTypes.Anthropic] = new ProviderOptions
            {
                Type = ProviderTypes.Anthropic,
                ApiKey = anthropicKey,
                BaseUrl = configuration["ANTHROPIC_BASE_URL"] is { Length: > 0 } url ? url : null,
                Model = configuration["ANTHROPIC_MODEL"] is { Length: > 0 } model ? model : DefaultAnthropicModel,
            };
        }
    }
}
