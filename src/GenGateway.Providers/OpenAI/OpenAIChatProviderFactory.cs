using System.ClientModel;
using System.ClientModel.Primitives;
using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace GenGateway.Providers.OpenAI;

/// <summary>
/// Creates chat clients for providers of type <c>openai</c> (OpenAI, Azure OpenAI v1, Ollama, vLLM, llama.cpp's server):
/// the OpenAI SDK's <see cref="ChatClient"/> adapted by Microsoft.Extensions.AI.OpenAI's <c>AsIChatClient()</c>, with
/// the SDK's own retries off so the gateway's resilience pipeline is the only layer that retries.
/// </summary>
public sealed class OpenAIChatProviderFactory(TimeProvider? timeProvider = null) : IChatProviderFactory
{
    /// <inheritdoc />
    public string Type => ProviderTypes.OpenAI;

    /// <inheritdoc />
    public IChatClient Create(string name, ProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // The resilience pipeline owns the attempt timeout; the SDK's default of 100 s must not cut in first.
            NetworkTimeout = TimeSpan.FromMinutes(10),
        };
        if (options.BaseUrl is { Length: > 0 } url)
        {
            clientOptions.Endpoint = new Uri(url);
        }

        var chat = new ChatClient(options.Model, new ApiKeyCredential(options.ApiKey!), clientOptions).AsIChatClient();
        return new OpenAIErrorChatClient(chat, name, timeProvider ?? TimeProvider.System);
    }
}
