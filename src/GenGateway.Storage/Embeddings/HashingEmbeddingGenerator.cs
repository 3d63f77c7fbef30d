using System.Globalization;
using System.IO.Hashing;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.AI;

namespace GenGateway.Storage.Embeddings;

/// <summary>
/// Offline embedder (<c>hashing-v1</c>): word unigrams and bigrams plus character trigrams of each word, hashed with
/// XxHash64 into a fixed number of buckets with a hashed sign, then L2-normalized. Deterministic across processes and
/// machines, needs no model, and places texts that share words and word pieces close together.
/// </summary>
public sealed class HashingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Name recorded with stored vectors; change it whenever the feature scheme changes.</summary>
    public const string ModelName = "hashing-v1";

    /// <summary>Default number of buckets.</summary>
    public const int DefaultDimension = 384;

    private const float UnigramWeight = 1.0f;
    private const float BigramWeight = 0.7f;
    private const float TrigramWeight = 0.35f;

    private readonly int _dimension;

    /// <summary>Creates the embedder with <paramref name="dimension"/> buckets.</summary>
    public HashingEmbeddingGenerator(int dimension = DefaultDimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimension, 65536);
        _dimension = dimension;
        Metadata = new EmbeddingGeneratorMetadata("hashing", providerUri: null, defaultModelId: ModelName, defaultModelDimensions: dimension);
    }

    /// <summary>Identity recorded with the stored vectors.</summary>
    public EmbedderIdentity Identity => new(ModelName, _dimension);

    /// <summary>Describes the embedder (model id <c>hashing-v1</c>, its dimension).</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (options?.Dimensions is { } requested && requested != _dimension)
        {
            throw new ArgumentException($"{ModelName} is configured with {_dimension} dimensions; {requested} were requested.", nameof(options));
        }

        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(value)) { ModelId = ModelName });
        }

        return Task.FromResult(result);
    }

    /// <summary>Embeds one text.</summary>
    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vector = new float[_dimension];
        var words = Tokenize(text);
        for (var i = 0; i < words.Count; i++)
        {
            Add(vector, "w:" + words[i], UnigramWeight);
            if (i > 0)
            {
                Add(vector, "b:" + words[i - 1] + " " + words[i], BigramWeight);
            }

            var padded = "<" + words[i] + ">";
            for (var c = 0; c + 3 <= padded.Length; c++)
            {
                Add(vector, string.Concat("c:", padded.AsSpan(c, 3)), TrigramWeight);
            }
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>Lower-cased runs of letters and digits (an apostrophe inside a word is kept: "don't"); emoji count as words.</summary>
    internal static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var normalized = text.Normalize(NormalizationForm.FormKC);
        for (var i = 0; i < normalized.Length; i++)
        {
            var ch = normalized[i];
            if (char.IsLetterOrDigit(ch) || (ch == '\'' && current.Length > 0 && i + 1 < normalized.Length && char.IsLetter(normalized[i + 1])))
            {
                current.Append(char.ToLowerInvariant(ch));
                continue;
            }

            Flush(words, current);
            if (char.IsSurrogate(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.OtherSymbol)
            {
                var length = char.IsHighSurrogate(ch) && i + 1 < normalized.Length ? 2 : 1;
                words.Add(normalized.Substring(i, length));
                i += length - 1;
            }
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private void Add(float[] vector, string feature, float weight)
    {
        var hash = XxHash64.HashToUInt64(MemoryMarshal.AsBytes(feature.AsSpan()));
        var bucket = (int)(hash % (ulong)_dimension);
        var sign = (hash >> 63) == 0 ? 1f : -1f;
        vector[bucket] += sign * weight;
    }
}
