using System.Numerics.Tensors;
using GenGateway.LlamaCpp.Inference;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp.Embeddings;

/// <summary>
/// <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> over a local GGUF embedding model. Pooling follows the
/// model's GGUF metadata (mean, CLS, last); a model that declares none is mean-pooled over its token embeddings.
/// Vectors are L2-normalized, so a dot product is the cosine similarity.
/// </summary>
/// <remarks>Thread-safe; concurrent calls share the model through a bounded context pool.</remarks>
public sealed class LlamaEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly LlamaModel _model;
    private readonly bool _ownsModel;
    private readonly LlamaContextPool _pool;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly int _maxTokens;

    /// <summary>Creates a generator over an already loaded model.</summary>
    public LlamaEmbeddingGenerator(LlamaModel model, LlamaCppOptions options, bool ownsModel = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        _model = model;
        _ownsModel = ownsModel;

        // Embedding inputs (messages, profile snippets) are short; a context beyond the training length buys nothing.
        int contextSize = Math.Min(options.ContextSize, Math.Max(64, model.TrainingContextLength));
        _maxTokens = contextSize;
        _pool = new LlamaContextPool(
            model, new LlamaContextSettings(contextSize, contextSize, options.Threads, Embeddings: true), options.MaxConcurrency);
        ModelId = Path.GetFileNameWithoutExtension(model.Path);
        _metadata = new EmbeddingGeneratorMetadata("llama.cpp", new Uri(model.Path), ModelId, model.EmbeddingLength);
    }

    /// <summary>The model id reported with embeddings: the GGUF file name without extension.</summary>
    public string ModelId { get; }

    /// <summary>Width of the produced vectors.</summary>
    public int Dimensions => _model.EmbeddingLength;

    /// <summary>Loads <see cref="LlamaCppOptions.EmbeddingModelPath"/> and creates a generator that owns it.</summary>
    /// <exception cref="LlamaModelLoadException">The model could not be loaded.</exception>
    public static LlamaEmbeddingGenerator Create(LlamaCppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.EmbeddingModelPath))
        {
            throw new LlamaModelLoadException("LlamaCpp:EmbeddingModelPath is not set.");
        }

        LlamaModel model = LlamaModel.Load(
            options.EmbeddingModelPath, libraryPath: options.LibraryPath, runtimeCacheDirectory: options.RuntimeCacheDirectory);
        return new LlamaEmbeddingGenerator(model, options, ownsModel: true);
    }

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        string[] inputs = values.ToArray();
        var result = new GeneratedEmbeddings<Embedding<float>>(inputs.Length);
        if (inputs.Length == 0)
        {
            return result;
        }

        int totalTokens = 0;
        using (LlamaSessionLease lease = await _pool.RentAsync(cancellationToken))
        {
            await Task.Factory.StartNew(
                () =>
                {
                    foreach (string input in inputs)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        float[] vector = Embed(lease, input, out int tokens);
                        totalTokens += tokens;
                        result.Add(new Embedding<float>(vector) { ModelId = ModelId, CreatedAt = DateTimeOffset.UtcNow });
                    }
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        result.Usage = new UsageDetails { InputTokenCount = totalTokens, TotalTokenCount = totalTokens };
        return result;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
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

    private float[] Embed(LlamaSessionLease lease, string input, out int tokenCount)
    {
        int[] tokens = _model.Tokenize(input, addSpecial: true, parseSpecial: false);
        if (tokens.Length == 0)
        {
            throw new ArgumentException("An input is empty after tokenization; it has no embedding.", nameof(input));
        }

        // Longer inputs are truncated to the context, as hosted embedding APIs do.
        if (tokens.Length > _maxTokens)
        {
            tokens = tokens[.._maxTokens];
        }

        tokenCount = tokens.Length;
        LlamaSession session = lease.Session;
        session.Reset();
        try
        {
            session.Decode(tokens, 0, outputAll: true, CancellationToken.None);
        }
        catch (LlamaCppException)
        {
            lease.Faulted = true;
            throw;
        }

        float[] vector = session.ReadEmbedding(tokens.Length);
        float norm = TensorPrimitives.Norm(vector);
        if (norm > 0f && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }
}
