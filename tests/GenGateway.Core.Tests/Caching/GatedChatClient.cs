using Microsoft.Extensions.AI;

namespace GenGateway.Core.Caching;

/// <summary>A slow scripted model: every call waits until <see cref="Release"/>, then answers the next text.</summary>
internal sealed class GatedChatClient(params string[] answers) : IChatClient
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public bool Gated { get; init; } = true;

    public void Release() => _gate.TrySetResult();

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = Interlocked.Increment(ref _calls);
        if (Gated)
        {
            await _gate.Task.WaitAsync(cancellationToken);
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, answers[Math.Min(call, answers.Length) - 1])) { ModelId = "gated" };
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The gated client does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
