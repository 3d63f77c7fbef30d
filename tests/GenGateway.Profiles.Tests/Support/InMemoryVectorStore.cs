using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GenGateway.Storage;

namespace GenGateway.Profiles.Tests.Support;

/// <summary>
/// A small, explicit in-memory <see cref="IVectorStore"/> for tests that need to count or fail store calls; the
/// behaviour tests run against the real embedded store.
/// </summary>
internal sealed class InMemoryVectorStore : IVectorStore
{
    private readonly ConcurrentDictionary<(string Tenant, string UserId, string Id), VectorPoint> _points = new();

    public EmbedderIdentity? Embedder { get; private set; }

    public int Upserts;

    public bool Fail { get; set; }

    public Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken = default)
    {
        if (Embedder is { } existing && existing != embedder)
        {
            throw new EmbedderMismatchException(existing, embedder, "memory");
        }

        Embedder = embedder;
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> GetExistingIdsAsync(string tenant, string userId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        return Task.FromResult<IReadOnlySet<string>>(ids.Where(id => _points.ContainsKey((tenant, userId, id))).ToHashSet(StringComparer.Ordinal));
    }

    public Task UpsertAsync(IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        Interlocked.Increment(ref Upserts);
        foreach (var p in points)
        {
            _points.TryAdd((p.Tenant, p.UserId, p.Id), p);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<VectorMatch>> SearchAsync(ReadOnlyMemory<float> query, VectorFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        return Task.FromResult<IReadOnlyList<VectorMatch>>(Matching(filter)
            .Select(p => new VectorMatch(p, System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(query.Span, p.Vector.Span)))
            .OrderByDescending(m => m.Score).Take(limit).ToList());
    }

    public async IAsyncEnumerable<VectorPoint> ScrollAsync(VectorFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        foreach (var p in Matching(filter).OrderBy(p => p.OccurredAt))
        {
            await Task.Yield();
            yield return p;
        }
    }

    public Task<long> CountAsync(VectorFilter filter, CancellationToken cancellationToken = default) => Task.FromResult((long)Matching(filter).Count());

    public Task<long> DeleteAsync(VectorFilter filter, CancellationToken cancellationToken = default)
    {
        var doomed = Matching(filter).ToList();
        foreach (var p in doomed)
        {
            _points.TryRemove((p.Tenant, p.UserId, p.Id), out _);
        }

        return Task.FromResult((long)doomed.Count);
    }

    public Task<VectorStoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new VectorStoreHealth(!Fail, "in-memory", Fail ? "failing on purpose" : null));

    private IEnumerable<VectorPoint> Matching(VectorFilter filter) => _points.Values.Where(p => p.Tenant == filter.Tenant
        && (filter.UserId is null || p.UserId == filter.UserId) && (filter.Kinds is null || filter.Kinds.Contains(p.Kind)));

    private void ThrowIfFailing()
    {
        if (Fail)
        {
            throw new IOException("store unavailable (test)");
        }
    }
}
