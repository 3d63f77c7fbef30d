using System.ClientModel;
using System.Text.Json;
using GenGateway.Core.Chat;
using GenGateway.Resilience.Failures;
using Microsoft.Extensions.AI;

namespace GenGateway.Providers.OpenAI;

/// <summary>
/// Translates the OpenAI SDK's errors into <see cref="ProviderException"/>s: the HTTP status decides the kind and the
/// response's <c>Retry-After</c> travels with it, so the resilience pipeline waits as long as the server asked.
/// </summary>
public sealed class OpenAIErrorChatClient(IChatClient inner, string provider, TimeProvider timeProvider) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (Exception ex) when (Translate(ex, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    private ProviderException? Translate(Exception ex, CancellationToken cancellationToken)
    {
        switch (ex)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case ClientResultException result:
                var status = result.Status;
                var kind = status switch
                {
                    429 => ProviderFailureKind.RateLimited,
                    408 => ProviderFailureKind.Timeout,
                    0 or >= 500 => ProviderFailureKind.Unavailable,
                    _ => ProviderFailureKind.Rejected,
                };
                return new ProviderException(provider, kind, status == 0 ? result.Message : $"HTTP {status}", status == 0 ? null : status,
                    OutboundFailureClassifier.RetryAfter(result, timeProvider.GetUtcNow()), ex);
            case HttpRequestException or IOException:
                return new ProviderException(provider, ProviderFailureKind.Unavailable, ex.Message, inner: ex);
            case JsonException or InvalidOperationException or ArgumentOutOfRangeException or FormatException:
                // The server answered 200 with a body that is not a chat completion.
                return new ProviderException(provider, ProviderFailureKind.BadOutput, ex.Message, inner: ex);
            default:
                return null;
        }
    }
}
