using GenGateway.Storage;
using Microsoft.Extensions.AI;

namespace GenGateway.Profiles.Ingestion;

/// <summary>
/// Tells the store which embedder made the vectors before the first write of this process, so vectors from two
/// embedders are never mixed (the store refuses with <see cref="EmbedderMismatchException"/>).
/// </summary>
internal sealed class EmbedderGuard(IVectorStore store, IEmbeddingGenerator<string, Embedding<float>> embedder) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _checked;

    public async Task EnsureAsync(int dimension, CancellationToken cancellationToken)
    {
        if (_checked)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_checked)
            {
                await store.EnsureEmbedderAsync(Identity(embedder, dimension), cancellationToken);
                _checked = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The embedder's identity: its own when it offers one, else its model id (or provider) and dimension.</summary>
    public static EmbedderIdentity Identity(IEmbeddingGenerator<string, Embedding<float>> embedder, int dimension)
    {
        if (embedder.GetService<EmbedderIdentity>() is { } own)
        {
            return own;
        }

        var metadata = embedder.GetService<EmbeddingGeneratorMetadata>();
        var name = metadata?.DefaultModelId ?? metadata?.ProviderName ?? embedder.GetType().Name;
        return new EmbedderIdentity(name, metadata?.DefaultModelDimensions ?? dimension);
    }

    public void Dispose() => _gate.Dispose();
}
