using Anthropic.Exceptions;
using GenGateway.Core.Chat;
using Microsoft.Extensions.AI;

namespace GenGateway.Providers.Anthropic;

/// <summary>Translates the Anthropic SDK's exceptions into <see cref="ProviderException"/>s the gateway's layers understand.</summary>
public sealed class AnthropicErrorChatClient(IChatClient inner, string provider) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (AnthropicApiException ex)
        {
            var status = (int)ex.StatusCode;
            var kind = status switch
            {
                429 => ProviderFailureKind.RateLimited,
                408 => ProviderFailureKind.Timeout,
                >= 500 => ProviderFailureKind.Unavailable,
                _ => ProviderFailureKind.Rejected,
            };
            throw new ProviderException(provider, kind, $"HTTP {status}", status, inner: ex);
        }
        catch (Exception ex) when (ex is AnthropicException or HttpRequestException or IOException)
        {
            throw new ProviderException(provider, ex is AnthropicInvalidDataException ? ProviderFailureKind.BadOutput : ProviderFailureKind.Unavailable,
                ex.Message, inner: ex);
        }
    }
}
