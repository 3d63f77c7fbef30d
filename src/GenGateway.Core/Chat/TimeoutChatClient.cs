using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace GenGateway.Core.Chat;

/// <summary>Bounds each call to the inner client; a call that runs out of time becomes a <see cref="ProviderFailureKind.Timeout"/> failure.</summary>
/// <remarks>Only the timer this layer owns turns into a timeout; a caller's own cancellation stays a cancellation.</remarks>
public sealed class TimeoutChatClient(IChatClient inner, string provider, TimeSpan timeout, TimeProvider timeProvider)
    : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        using var timer = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await base.GetResponseAsync(messages, options, linked.Token);
        }
        catch (OperationCanceledException ex) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ProviderException(provider, ProviderFailureKind.Timeout, $"no answer within {timeout.TotalSeconds:0.###} s", inner: ex);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages,
        ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var timer = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        await using var updates = base.GetStreamingResponseAsync(messages, options, linked.Token).GetAsyncEnumerator(linked.Token);
        while (true)
        {
            ChatResponseUpdate update;
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    yield break;
                }

                update = updates.Current;
            }
            catch (OperationCanceledException ex) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new ProviderException(provider, ProviderFailureKind.Timeout, $"no answer within {timeout.TotalSeconds:0.###} s", inner: ex);
            }

            yield return update;
        }
    }
}
