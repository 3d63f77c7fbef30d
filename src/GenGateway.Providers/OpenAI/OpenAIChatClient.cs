using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using GenGateway.Core.Chat;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;

namespace GenGateway.Providers.OpenAI;

/// <summary>
/// <see cref="IChatClient"/> over the OpenAI SDK's chat completions, for any OpenAI-compatible server (OpenAI,
/// Azure OpenAI v1, Ollama, vLLM, llama.cpp's server). The SDK's own retries are off: the gateway's layers retry.
/// </summary>
public sealed class OpenAIChatClient : IChatClient
{
    private readonly ChatClient _client;
    private readonly string _provider;
    private readonly ChatClientMetadata _metadata;

    /// <summary>Creates the client.</summary>
    public OpenAIChatClient(string provider, string model, string apiKey, Uri? baseUrl)
    {
        _provider = provider;
        var options = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // The gateway's TimeoutChatClient owns timeouts; the SDK's default of 100 s must not cut in first.
            NetworkTimeout = TimeSpan.FromMinutes(10),
        };
        if (baseUrl is not null)
        {
            options.Endpoint = baseUrl;
        }

        _client = new ChatClient(model, new ApiKeyCredential(apiKey), options);
        _metadata = new ChatClientMetadata("openai", baseUrl ?? new Uri("https://api.openai.com/v1"), model);
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AIChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _client.CompleteChatAsync(ToOpenAI(messages), ToOpenAI(options), cancellationToken);
            var completion = result.Value;
            var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
            return new ChatResponse(new AIChatMessage(AIChatRole.Assistant, text))
            {
                ModelId = completion.Model,
                ResponseId = completion.Id,
                FinishReason = completion.FinishReason switch
                {
                    global::OpenAI.Chat.ChatFinishReason.Length => Microsoft.Extensions.AI.ChatFinishReason.Length,
                    global::OpenAI.Chat.ChatFinishReason.ContentFilter => Microsoft.Extensions.AI.ChatFinishReason.ContentFilter,
                    _ => Microsoft.Extensions.AI.ChatFinishReason.Stop,
                },
                Usage = completion.Usage is { } usage
                    ? new UsageDetails { InputTokenCount = usage.InputTokenCount, OutputTokenCount = usage.OutputTokenCount, TotalTokenCount = usage.TotalTokenCount }
                    : null,
            };
        }
        catch (Exception ex) when (Translate(ex, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AIChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var stream = _client.CompleteChatStreamingAsync(ToOpenAI(messages), ToOpenAI(options), cancellationToken);
        await using var enumerator = stream.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            StreamingChatCompletionUpdate update;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }

                update = enumerator.Current;
            }
            catch (Exception ex) when (Translate(ex, cancellationToken) is { } translated)
            {
                throw translated;
            }

            var text = string.Concat(update.ContentUpdate.Select(p => p.Text));
            yield return new ChatResponseUpdate(AIChatRole.Assistant, text) { ModelId = update.Model, ResponseId = update.CompletionId };
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private ProviderException? Translate(Exception ex, CancellationToken cancellationToken)
    {
        switch (ex)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case ClientResultException result:
                var status = result.Status;
                TimeSpan? retryAfter = null;
                if (result.GetRawResponse() is { } raw && raw.Headers.TryGetValue("Retry-After", out var header))
                {
                    retryAfter = RetryAfterHeader.Parse(header);
                }

                var kind = status switch
                {
                    429 => ProviderFailureKind.RateLimited,
                    408 => ProviderFailureKind.Timeout,
                    0 or >= 500 => ProviderFailureKind.Unavailable,
                    _ => ProviderFailureKind.Rejected,
                };
                return new ProviderException(_provider, kind, status == 0 ? result.Message : $"HTTP {status}", status == 0 ? null : status, retryAfter, ex);
            case HttpRequestException or IOException or System.Text.Json.JsonException or InvalidOperationException or ArgumentOutOfRangeException:
                return new ProviderException(_provider, ex is HttpRequestException or IOException ? ProviderFailureKind.Unavailable : ProviderFailureKind.BadOutput,
                    ex.Message, inner: ex);
            default:
                return null;
        }
    }

    private static List<global::OpenAI.Chat.ChatMessage> ToOpenAI(IEnumerable<AIChatMessage> messages)
    {
        var result = new List<global::OpenAI.Chat.ChatMessage>();
        foreach (var message in messages)
        {
            var text = message.Text;
            if (message.Role == AIChatRole.System)
            {
                result.Add(new SystemChatMessage(text));
            }
            else if (message.Role == AIChatRole.Assistant)
            {
                result.Add(new AssistantChatMessage(text));
            }
            else
            {
                result.Add(new UserChatMessage(text));
            }
        }

        return result;
    }

    private static ChatCompletionOptions ToOpenAI(ChatOptions? options)
    {
        var result = new ChatCompletionOptions();
        if (options is null)
        {
            return result;
        }

        result.Temperature = options.Temperature;
        result.TopP = options.TopP;
        result.MaxOutputTokenCount = options.MaxOutputTokens;
#pragma warning disable OPENAI001 // Seed is marked experimental by the SDK; servers that ignore it still answer.
        result.Seed = options.Seed;
#pragma warning restore OPENAI001
        foreach (var stop in options.StopSequences ?? [])
        {
            result.StopSequences.Add(stop);
        }

        return result;
    }
}
