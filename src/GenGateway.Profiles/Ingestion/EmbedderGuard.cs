using GenGateway.Storage;
using Microsoft.Extensions.AI;

namespace GenGateway.Profiles.Ingestion;

/// <summary>
/// Tells the store which embedder made the vectors before the first write of this process, so vectors from two
/// embedders are never mixed: the store refuses with <see cref="EmbedderMismatchException"/>.
/// </summary>
public sealed class EmbedderGuard : IDisposable
{
    private readonly IVectorStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly EmbedderIdentity? _configured;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _checked;

    internal EmbedderGuard(IVectorStore store, IEmbeddingGenerator<string, Embedding<float>> embedder, EmbedderIdentity? configured = null)
    {
        _store = store;
        _embedder = embedder;
        _configured = configured;
    }

    /// <summary>Records the embedder with the store, or throws <see cref="EmbedderMismatchException"/> when the store holds another's vectors.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
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
                var identity = _configured ?? Identity(_embedder, (await _embedder.GenerateVectorAsync("dimension probe", cancellationToken: cancellationToken)).Length);
                await _store.EnsureEmbedderAsync(identity, cancellationToken);
                _checked = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>When none is registered: the embedder's own identity if it offers one, else its model id (or provider) and dimension.</summary>
    internal static EmbedderIdentity Identity(IEmbeddingGenerator<string, Embedding<float>> embedder, int dimension)
    {
        if (embedder.GetService<EmbedderIdentity>() is { } own)
        {
            return own;
        }

        var metadata = embedder.GetService<EmbeddingGeneratorMetadata>();
        var name = metadata?.DefaultModelId ?? metadata?.ProviderName ?? embedder.GetType().Name;
        return new EmbedderIdentity(name, metadata?.DefaultModelDimensions ?? dimension);
    }
}
