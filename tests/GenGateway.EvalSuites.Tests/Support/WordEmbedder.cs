using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Tests.Support;

/// <summary>A deterministic bag-of-words embedder: texts sharing words are similar, texts sharing none are orthogonal.</summary>
public sealed class WordEmbedder : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int Dimensions = 256;

    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Calls++;
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            var vector = new float[Dimensions];
            foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                vector[(int)((uint)StringComparer.Ordinal.GetHashCode(word) % Dimensions)] += 1;
            }

            result.Add(new Embedding<float>(vector));
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
