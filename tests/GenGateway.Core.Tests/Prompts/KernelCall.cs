using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Prompts;

/// <summary>Sends a prompt function through a real SK Kernel to a client that records what SK sent.</summary>
internal static class KernelCall
{
    public static async Task<RecordingChatClient> SendAsync(PromptFunction prompt, IReadOnlyDictionary<string, object?> values, string serviceId = "default",
        string answer = "[\"ok\"]")
    {
        var client = new RecordingChatClient(answer);
        var services = new ServiceCollection();
        services.AddKeyedSingleton<IChatClient>(serviceId, client);
        services.AddSingleton<IChatClient>(client);
        var kernel = new Kernel(services.BuildServiceProvider());
        var arguments = new PromptLibrary([prompt]).Arguments(prompt.Name, values);
        if (prompt.SettingsFor(serviceId) is { } settings)
        {
            arguments.ExecutionSettings = new Dictionary<string, PromptExecutionSettings> { [serviceId] = settings };
        }

        await prompt.Function.InvokeAsync(kernel, arguments);
        return client;
    }
}

/// <summary>An instant fake provider that keeps the last messages and options it received.</summary>
internal sealed class RecordingChatClient(string answer) : IChatClient
{
    public IReadOnlyList<ChatMessage> Messages { get; private set; } = [];

    public ChatOptions? Options { get; private set; }

    public int Calls { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Messages = [.. messages];
        Options = options;
        Calls++;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A streamed answer is the same answer, in one update.
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("recording") : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
