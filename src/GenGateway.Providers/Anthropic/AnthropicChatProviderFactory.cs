using Anthropic;
using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using Microsoft.Extensions.AI;

namespace GenGateway.Providers.Anthropic;

/// <summary>Creates chat clients for providers of type <c>anthropic</c> from the Anthropic SDK's own <see cref="IChatClient"/>.</summary>
public sealed class AnthropicChatProviderFactory : IChatProviderFactory
{
    /// <summary>Output budget when the prompt sets none; Anthropic's API requires one.</summary>
    public const int DefaultMaxTokens = 1024;

    /// <inheritdoc />
    public string Type => ProviderTypes.Anthropic;

    /// <inheritdoc />
    public IChatClient Create(string name, ProviderOptions options)
    {
        var client = options.BaseUrl is { Length: > 0 } url
            ? new AnthropicClient { ApiKey = options.ApiKey!, MaxRetries = 0, Timeout = TimeSpan.FromMinutes(10), BaseUrl = url }
            : new AnthropicClient { ApiKey = options.ApiKey!, MaxRetries = 0, Timeout = TimeSpan.FromMinutes(10) };

        return new AnthropicErrorChatClient(client.AsIChatClient(options.Model!, DefaultMaxTokens), name);
    }
}
