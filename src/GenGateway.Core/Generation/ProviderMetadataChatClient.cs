using Microsoft.Extensions.AI;

namespace GenGateway.Core.Generation;

/// <summary>
/// Answers <see cref="ChatClientMetadata"/> for a provider chain whose innermost client does not: SK wraps every
/// <see cref="IChatClient"/> it selects in a service that throws when the metadata is null.
/// </summary>
/// <remarks>The chain belongs to the router, which disposes it; the Kernel's container does not dispose instances it was given.</remarks>
internal sealed class ProviderMetadataChatClient(IChatClient inner, string provider, string model) : DelegatingChatClient(inner)
{
    private readonly ChatClientMetadata _fallback = new(provider, defaultModelId: model);

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        base.GetService(serviceType, serviceKey)
        ?? (serviceType == typeof(ChatClientMetadata) && serviceKey is null ? _fallback : null);
}
