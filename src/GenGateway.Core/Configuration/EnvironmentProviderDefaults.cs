using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Configuration;

/// <summary>
/// Turns the conventional environment variables into providers, so <c>OPENAI_API_KEY</c> alone (optionally with
/// <c>OPENAI_BASE_URL</c> and <c>GENGATEWAY_MODEL</c>) switches the OpenAI-compatible provider on, and
/// <c>ANTHROPIC_API_KEY</c> (with <c>ANTHROPIC_MODEL</c>) the Anthropic one, and <c>GENGATEWAY_LOCAL_MODEL</c> or
/// <c>GenGateway:LlamaCpp:ModelPath</c> (a GGUF file) the in-process provider <c>local</c>. Explicit configuration wins.
/// </summary>
/// <remarks>
/// Providers are tried in declaration order unless <c>GenGateway:ProviderOrder</c> says otherwise, so with a hosted key
/// and a local model both set the hosted provider comes first and <c>local</c> is its fallback.
/// </remarks>
public sealed class EnvironmentProviderDefaults(IConfiguration configuration) : IPostConfigureOptions<GenGatewayOptions>
{
    /// <summary>Model used when only <c>OPENAI_API_KEY</c> is set.</summary>
    public const string DefaultOpenAIModel = "gpt-4o-mini";

    /// <summary>Model used when only <c>ANTHROPIC_API_KEY</c> is set.</summary>
    public const string DefaultAnthropicModel = "claude-3-5-haiku-latest";

    /// <summary>Name of the provider the local model settings turn on.</summary>
    public const string LocalProviderName = "local";

    /// <summary>Per-attempt timeout of the local provider: a CPU-bound model answers slower than a hosted API.</summary>
    public const double LocalTimeoutSeconds = 120;

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

        var localModel = configuration["GenGateway:LlamaCpp:ModelPath"] is { Length: > 0 } configured ? configured : configuration["GENGATEWAY_LOCAL_MODEL"];
        if (localModel is { Length: > 0 } && !options.Providers.ContainsKey(LocalProviderName))
        {
            // Retrying a local model repeats the same CPU work; a failure goes straight to the next provider.
            options.Providers[LocalProviderName] = new ProviderOptions
            {
                Type = ProviderTypes.LlamaCpp,
                Model = localModel,
                TimeoutSeconds = LocalTimeoutSeconds,
                MaxRetries = 0,
            };
        }
    }
}
