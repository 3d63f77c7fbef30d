using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GenGateway.Core.Chat;

/// <summary>
/// Runs each call to a provider through that provider's outbound <see cref="ResiliencePipeline"/> (retry ▸ circuit
/// breaker ▸ per-attempt timeout, from <c>GenGateway.Resilience</c>) and turns the pipeline's own refusals into
/// <see cref="ProviderException"/>s: an attempt timeout is <see cref="ProviderFailureKind.Timeout"/>, an open circuit
/// <see cref="ProviderFailureKind.CircuitOpen"/>, so the router fails over to the next provider.
/// </summary>
/// <remarks>
/// Streaming calls pass straight through: once output has reached the caller it cannot be replayed. The layer answers
/// <see cref="ChatClientMetadata"/> itself when the provider gives none, because Semantic Kernel refuses a client without it.
/// </remarks>
public sealed class ResilientChatClient(IChatClient inner, string provider, string model, ResiliencePipeline pipeline)
    : DelegatingChatClient(inner)
{
    private readonly ChatClientMetadata _metadata = new(provider, providerUri: null, defaultModelId: model);

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        // Every attempt must send the same messages, so a lazy sequence is read once.
        var materialized = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        try
        {
            return await pipeline.ExecuteAsync(
                async token => await base.GetResponseAsync(materialized, options, token),
                cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new ProviderException(provider, ProviderFailureKind.Timeout, $"no answer within {ex.Timeout.TotalSeconds:0.###} s", inner: ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new ProviderException(provider, ProviderFailureKind.CircuitOpen,
                "circuit open after repeated failures; skipping until the break ends", retryAfter: ex.RetryAfter, inner: ex);
        }
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        base.GetService(serviceType, serviceKey)
        ?? (serviceKey is null && serviceType == typeof(ChatClientMetadata) ? _metadata : null);
}
