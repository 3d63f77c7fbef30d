using Microsoft.Extensions.AI;

namespace GenGateway.Core.Chat;

/// <summary>A fake provider that plays a script: each call takes the next step (answer text or exception).</summary>
internal sealed class ScriptedChatClient(params Func<CancellationToken, Task<string>>[] steps) : IChatClient
{
    public int Calls { get; private set; }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var step = steps[Math.Min(Calls, steps.Length - 1)];
        Calls++;
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, await step(cancellationToken)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The scripted client does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    public static Func<CancellationToken, Task<string>> Answer(string text) => _ => Task.FromResult(text);

    public static Func<CancellationToken, Task<string>> Fail(ProviderFailureKind kind, TimeSpan? retryAfter = null) =>
        _ => Task.FromException<string>(new ProviderException("fake", kind, kind.ToString(), retryAfter: retryAfter));

    public static Func<CancellationToken, Task<string>> Hang() =>
        async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return string.Empty;
        };
}
