using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using GenGateway.LlamaCpp.Inference;
using GenGateway.LlamaCpp.Sampling;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp.Chat;

/// <summary>
/// <see cref="IChatClient"/> over a local GGUF model run in-process by llama.cpp through LLamaSharp's low-level API
/// (contexts, batches, sampler chains). The conversation is rendered with the model's own chat template;
/// <see cref="ChatOptions"/> map to llama.cpp samplers (see <see cref="LlamaSamplingSettingsMapper"/>), including
/// GBNF-constrained JSON output; stop sequences end the answer; responses carry the finish reason, token usage and
/// model id.
/// </summary>
/// <remarks>
/// LLamaSharp's own <c>AsChatClient()</c> is not used: in 0.30.0 it renders <c>User:/Assistant:</c> text rather than the
/// model's template, ignores <see cref="ChatOptions.StopSequences"/>, and leaves <see cref="ChatResponse.FinishReason"/>,
/// <see cref="ChatResponse.Usage"/> and <see cref="ChatResponse.ModelId"/> empty. Thread-safe. Concurrent requests share the loaded model and take a context from a bounded pool
/// (<see cref="LlamaCppOptions.MaxConcurrency"/>); the rest wait. Cancelling a request, or abandoning its stream,
/// stops generation before the next token and frees the slot.
/// </remarks>
public sealed class LlamaChatClient : IChatClient
{
    private readonly LlamaModel _model;
    private readonly bool _ownsModel;
    private readonly LlamaContextPool _pool;
    private readonly int _defaultMaxTokens;
    private readonly ChatClientMetadata _metadata;

    /// <summary>Creates a client over an already loaded model.</summary>
    /// <param name="model">The model; it must have weights (not vocabulary-only).</param>
    /// <param name="options">Context size, threads, batch size, concurrency and output limit.</param>
    /// <param name="ownsModel">Dispose the model with this client.</param>
    public LlamaChatClient(LlamaModel model, LlamaCppOptions options, bool ownsModel = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        _model = model;
        _ownsModel = ownsModel;
        _defaultMaxTokens = options.DefaultMaxOutputTokens;
        _pool = new LlamaContextPool(
            model,
            new LlamaContextSettings(options.ContextSize, options.BatchSize, options.Threads, Embeddings: false),
            options.MaxConcurrency,
            options.QueueTimeout);
        ModelId = System.IO.Path.GetFileNameWithoutExtension(model.Path);
        _metadata = new ChatClientMetadata("llama.cpp (LLamaSharp)", new Uri(model.Path), ModelId);
    }

    /// <summary>The model id reported in responses: the GGUF file name without extension.</summary>
    public string ModelId { get; }

    /// <summary>The context pool (exposed for readiness and load reporting).</summary>
    public LlamaContextPool Pool => _pool;

    /// <summary>Loads <see cref="LlamaCppOptions.ModelPath"/> and creates a client that owns it.</summary>
    /// <exception cref="LlamaModelLoadException">The model could not be loaded.</exception>
    public static LlamaChatClient Create(LlamaCppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            throw new LlamaModelLoadException("LlamaCpp:ModelPath is not set.");
        }

        LlamaModel model = LlamaModel.Load(options.ModelPath);
        return new LlamaChatClient(model, options, ownsModel: true);
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var text = new StringBuilder();
        (int[] prompt, LlamaSamplingSettings settings) = Prepare(messages, options);
        LlamaGenerationResult result;
        using (LlamaSessionLease lease = await _pool.RentAsync(cancellationToken))
        {
            result = await Task.Factory.StartNew(
                () => LlamaContextPool.Run(lease, prompt, settings, piece => text.Append(piece), cancellationToken),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text.ToString()))
        {
            ResponseId = Guid.NewGuid().ToString("N"),
            ModelId = ModelId,
            CreatedAt = DateTimeOffset.UtcNow,
            FinishReason = result.StoppedNaturally ? ChatFinishReason.Stop : ChatFinishReason.Length,
            Usage = Usage(result),
        };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        (int[] prompt, LlamaSamplingSettings settings) = Prepare(messages, options);
        string responseId = Guid.NewGuid().ToString("N");
        DateTimeOffset created = DateTimeOffset.UtcNow;

        // The producer stops when the consumer stops listening (disposes the enumerator) as well as on the caller's token.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using LlamaSessionLease lease = await _pool.RentAsync(cancellationToken);
        var pieces = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        Task<LlamaGenerationResult> producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    return LlamaContextPool.Run(lease, prompt, settings, piece => pieces.Writer.TryWrite(piece), stop.Token);
                }
                finally
                {
                    pieces.Writer.TryComplete();
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            await foreach (string piece in pieces.Reader.ReadAllAsync(cancellationToken))
            {
                yield return new ChatResponseUpdate(ChatRole.Assistant, piece)
                {
                    ResponseId = responseId,
                    MessageId = responseId,
                    ModelId = ModelId,
                    CreatedAt = created,
                };
            }

            LlamaGenerationResult result = await producer;
            yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(Usage(result))])
            {
                ResponseId = responseId,
                MessageId = responseId,
                ModelId = ModelId,
                CreatedAt = created,
                FinishReason = result.StoppedNaturally ? ChatFinishReason.Stop : ChatFinishReason.Length,
            };
        }
        finally
        {
            await stop.CancelAsync();

            // The lease (disposed after this block) must not go back to the pool while the producer still decodes.
            try
            {
                await producer;
            }
            catch (Exception ex) when (ex is OperationCanceledException or LlamaCppException)
            {
                // Already surfaced to the consumer through the channel or await above, or the consumer left early.
            }
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ChatClientMetadata))
        {
            return _metadata;
        }

        if (serviceType == typeof(LlamaModel))
        {
            return _model;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _pool.Dispose();
        if (_ownsModel)
        {
            _model.Dispose();
        }
    }

    private (int[] Prompt, LlamaSamplingSettings Settings) Prepare(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var turns = messages.Select(m => (m.Role.Value, m.Text)).ToList();
        if (turns.Count == 0)
        {
            throw new ArgumentException("At least one message is required.", nameof(messages));
        }

        string prompt = _model.ApplyChatTemplate(turns, addAssistant: true);

        // The template writes BOS and turn markers as text, so parse specials and let the tokenizer add BOS if configured.
        int[] tokens = _model.Tokenize(prompt, addSpecial: true, parseSpecial: true);
        return (tokens, LlamaSamplingSettingsMapper.FromChatOptions(options, _defaultMaxTokens));
    }

    private static UsageDetails Usage(LlamaGenerationResult result) => new()
    {
        InputTokenCount = result.PromptTokens,
        OutputTokenCount = result.OutputTokens,
        TotalTokenCount = result.PromptTokens + result.OutputTokens,
    };
}
