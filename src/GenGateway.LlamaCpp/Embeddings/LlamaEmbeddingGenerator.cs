using System.Numerics.Tensors;
using GenGateway.LlamaCpp.Inference;
using LLama.Native;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp.Embeddings;

/// <summary>
/// <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> over a local GGUF embedding model run by LLamaSharp. Inputs
/// are embedded in batches: up to <see cref="LlamaCppOptions.EmbeddingBatchSize"/> inputs go through one decode, one
/// sequence each, and each pooled vector is read back by sequence. Pooling follows the model's GGUF metadata (mean,
/// CLS, last); a model that declares none is mean-pooled over its token embeddings. Vectors are L2-normalized, so a
/// dot product is the cosine similarity.
/// </summary>
/// <remarks>
/// LLamaSharp's own <c>LLamaEmbedder</c> is not used as the generator: in 0.30.0 its
/// <c>IEmbeddingGenerator.GenerateAsync</c> always throws <see cref="ObjectDisposedException"/> (SciSharp/LLamaSharp#1259),
/// and its <c>GetEmbeddings</c> creates a context per text, one text at a time. Thread-safe; concurrent calls share
/// the model through a bounded context pool.
/// </remarks>
public sealed class LlamaEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly LlamaModel _model;
    private readonly bool _ownsModel;
    private readonly LlamaContextPool _pool;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly int _maxTokens;
    private readonly int _batchInputs;

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
        _batchInputs = options.EmbeddingBatchSize;
        _pool = new LlamaContextPool(
            model,
            new LlamaContextSettings(contextSize, contextSize, options.Threads, Embeddings: true, Sequences: options.EmbeddingBatchSize),
            options.MaxConcurrency,
            options.QueueTimeout);
        ModelId = Path.GetFileNameWithoutExtension(model.Path);
        _metadata = new EmbeddingGeneratorMetadata("llama.cpp (LLamaSharp)", new Uri(model.Path), ModelId, model.EmbeddingLength);
    }

    /// <summary>The model id reported with embeddings: the GGUF file name without extension.</summary>
    public string ModelId { get; }

    /// <summary>Width of the produced vectors.</summary>
    public int Dimensions => _model.EmbeddingLength;

    /// <summary>Decodes run so far (one per batch of inputs); lets tests and telemetry see that inputs were batched.</summary>
    public int DecodeCount => Volatile.Read(ref _decodes);

    private int _decodes;

    /// <summary>Loads <see cref="LlamaCppOptions.EmbeddingModelPath"/> and creates a generator that owns it.</summary>
    /// <exception cref="LlamaModelLoadException">The model could not be loaded.</exception>
    public static LlamaEmbeddingGenerator Create(LlamaCppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.EmbeddingModelPath))
        {
            throw new LlamaModelLoadException("LlamaCpp:EmbeddingModelPath is not set.");
        }

        LlamaModel model = LlamaModel.Load(options.EmbeddingModelPath);
        return new LlamaEmbeddingGenerator(model, options, ownsModel: true);
    }

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        int[][] inputs = values.Select(Tokenize).ToArray();
        var result = new GeneratedEmbeddings<Embedding<float>>(inputs.Length);
        if (inputs.Length == 0)
        {
            return result;
        }

        using (LlamaSessionLease lease = await _pool.RentAsync(cancellationToken))
        {
            await Task.Factory.StartNew(
                () =>
                {
                    foreach (List<int[]> batch in Batches(inputs))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        foreach (float[] vector in Embed(lease, batch))
                        {
                            result.Add(new Embedding<float>(vector) { ModelId = ModelId, CreatedAt = DateTimeOffset.UtcNow });
                        }
                    }
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        int totalTokens = inputs.Sum(t => t.Length);
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

    private int[] Tokenize(string input)
    {
        int[] tokens = _model.Tokenize(input, addSpecial: true, parseSpecial: false);
        if (tokens.Length == 0)
        {
            throw new ArgumentException("An input is empty after tokenization; it has no embedding.", nameof(input));
        }

        // Longer inputs are truncated to the context, as hosted embedding APIs do.
        return tokens.Length > _maxTokens ? tokens[.._maxTokens] : tokens;
    }

    /// <summary>Consecutive groups of inputs that fit one decode: at most the batch size of inputs and of tokens.</summary>
    private IEnumerable<List<int[]>> Batches(int[][] inputs)
    {
        var batch = new List<int[]>(_batchInputs);
        int tokens = 0;
        foreach (int[] input in inputs)
        {
            if (batch.Count == _batchInputs || (batch.Count > 0 && tokens + input.Length > _maxTokens))
            {
                yield return batch;
                batch = new List<int[]>(_batchInputs);
                tokens = 0;
            }

            batch.Add(input);
            tokens += input.Length;
        }

        yield return batch;
    }

    private List<float[]> Embed(LlamaSessionLease lease, List<int[]> batch)
    {
        LlamaSession session = lease.Session;
        session.Reset();
        try
        {
            session.DecodeSequences(batch);
        }
        catch (LlamaCppException)
        {
            lease.Faulted = true;
            throw;
        }

        Interlocked.Increment(ref _decodes);
        var vectors = new List<float[]>(batch.Count);
        int firstToken = 0;
        for (int sequence = 0; sequence < batch.Count; sequence++)
        {
            float[] vector = session.Pooling == LLamaPoolingType.None
                ? MeanOfTokens(session, firstToken, batch[sequence].Length)
                : session.Handle.GetEmbeddingsSeq((LLamaSeqId)sequence).ToArray();
            if (vector.Length != _model.EmbeddingLength)
            {
                throw new LlamaCppException($"llama.cpp returned no pooled embedding for input {sequence} of '{_model.Path}'.");
            }

            float norm = TensorPrimitives.Norm(vector);
            if (norm > 0f && float.IsFinite(norm))
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }

            vectors.Add(vector);
            firstToken += batch[sequence].Length;
        }

        return vectors;
    }

    private float[] MeanOfTokens(LlamaSession session, int firstToken, int count)
    {
        var sum = new float[_model.EmbeddingLength];
        for (int i = firstToken; i < firstToken + count; i++)
        {
            TensorPrimitives.Add(sum, session.Handle.GetEmbeddingsIth(i), sum);
        }

        TensorPrimitives.Divide(sum, count, sum);
        return sum;
    }
}
