using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using Microsoft.Extensions.AI;

namespace GenGateway.Providers.OpenAI;

/// <summary>Creates <see cref="OpenAIChatClient"/>s for providers of type <c>openai</c>.</summary>
public sealed class OpenAIChatProviderFactory : IChatProviderFactory
{
    /// <inheritdoc />
    public string Type => ProviderTypes.OpenAI;

    /// <inheritdoc />
    public IChatClient Create(string name, ProviderOptions options) =>
        new OpenAIChatClient(name, options.Model!, options.ApiKey!, options.BaseUrl is { Length: > 0 } url ? new Uri(url) : null);
}
