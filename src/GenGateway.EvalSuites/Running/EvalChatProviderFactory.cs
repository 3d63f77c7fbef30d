using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Running;

/// <summary>Wraps a registered provider factory so every client it makes sits inside an <see cref="EvalChatClient"/>.</summary>
internal sealed class EvalChatProviderFactory(IChatProviderFactory inner, Func<ProviderOptions, EvalChatSettings> settings, ResponseCache? cache)
    : IChatProviderFactory
{
    public string Type => inner.Type;

    public IChatClient Create(string name, ProviderOptions options) =>
        new EvalChatClient(inner.Create(name, options), settings(options), cache);
}
