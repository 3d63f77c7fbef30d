using Microsoft.Extensions.AI;

namespace GenGateway.Core.Chat;

/// <summary>
/// Stacks <see cref="DelegatingChatClient"/> layers around a provider. The first <c>Use</c> is the outermost layer,
/// so the order of calls reads as the order a request passes through.
/// </summary>
public sealed class ChatPipelineBuilder(IChatClient provider)
{
    private readonly List<Func<IChatClient, IChatClient>> _layers = [];

    /// <summary>Adds a layer; earlier layers wrap later ones.</summary>
    public ChatPipelineBuilder Use(Func<IChatClient, IChatClient> layer)
    {
        _layers.Add(layer);
        return this;
    }

    /// <summary>Builds the chain: <c>layer[0] ▸ layer[1] ▸ … ▸ provider</c>.</summary>
    public IChatClient Build()
    {
        var client = provider;
        for (var i = _layers.Count - 1; i >= 0; i--)
        {
            client = _layers[i](client) ?? throw new InvalidOperationException($"Chat layer {i} returned null.");
        }

        return client;
    }
}
