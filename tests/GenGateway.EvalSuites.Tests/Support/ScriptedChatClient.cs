using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Tests.Support;

/// <summary>A chat client that answers with a function of the last user message, and records what it was asked.</summary>
public sealed class ScriptedChatClient(Func<string, string> answer) : IChatClient
{
    public List<string> Asked { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var last = messages.Last(m => m.Role == ChatRole.User).Text;
        Asked.Add(last);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer(last))));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Streams the same scripted answer as one update, so a caller that streams sees what a caller that waits sees.
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
