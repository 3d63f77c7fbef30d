using System.Runtime.CompilerServices;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// <see cref="IVectorStore"/> over Qdrant's official gRPC client: one collection for every tenant (tenant is an
/// <c>is_tenant</c> keyword index), deterministic UUIDv5 point ids, <c>wait=true</c> on every write, the embedder
/// recorded in the collection's metadata, and every call run through the given resilience pipeline.
/// </summary>
public sealed class QdrantVectorStore : IVectorStore
{
    /// <summary>Collection metadata key under which the embedder identity is recorded.</summary>
    public const string EmbedderMetadataKey = "gengateway_embedder";

    private static readonly string[] IndexedKeywordFields = [QdrantPayload.Tenant, QdrantPayload.UserId, QdrantPayload.Kind];

    private readonly QdrantOptions _options;
    private readonly QdrantCalls _calls;
    private readonly string _collection;
    private EmbedderIdentity? _embedder;

    /// <summary>Creates the store over <paramref name="client"/> (not owned); <paramref name="pipeline"/> retries transient failures.</summary>
    public QdrantVectorStore(QdrantClient client, QdrantOptions options, ResiliencePipeline pipeline, ILogger<QdrantVectorStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pipeline);
        _options = options;
        _collection = options.Collection;
        _calls = new QdrantCalls(client, pipeline, (ILogger?)logger ?? NullLogger.Instance);
    }

    /// <inheritdoc />
    public async Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        var info = await _calls.GetCollectionAsync(_collection, cancellationToken).ConfigureAwait(false);
        if (info is null)
        {
            var metadata = new Dictionary<string, Value>
            {
                [EmbedderMetadataKey] = new Dictionary<string, Value> { ["name"] = embedder.Name, ["dimension"] = (long)embedder.Dimension },
            };
            await _calls.CreateCollectionAsync(_collection, new VectorParams { Size = (ulong)embedder.Dimension, Distance = Distance.Cosine }, metadata,
                $"events of embedder {embedder}", cancellationToken).ConfigureAwait(false);
            info = await _calls.GetCollectionAsync(_collection, cancellationToken).ConfigureAwait(false)
                ?? throw new QdrantStoreException("create collection", null, $"Collection {_collection} was created but cannot be read back.");
        }

        var location = $"Qdrant collection '{_collection}'";
        var stored = StoredEmbedder(info)
            ?? throw new InvalidOperationException(
                $"{location} exists but was not created by GenGateway (no '{EmbedderMetadataKey}' in its metadata). " +
                "Point GenGateway:Qdrant:Collection at a new name, or delete that collection.");
        if (stored != embedder)
        {
            throw new EmbedderMismatchException(stored, embedder, location);
        }

        var vectors = info.Config?.Params?.VectorsConfig?.Params;
        if (vectors is null || vectors.Size != (ulong)embedder.Dimension || vectors.Distance != Distance.Cosine)
        {
            throw new InvalidOperationException(
                $"{location} is configured for {vectors?.Size.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named"}-dimensional {vectors?.Distance} vectors; GenGateway needs {embedder.Dimension}-dimensional Cosine.");
        }

        await _calls.EnsureKeywordIndexesAsync(_collection, info, IndexedKeywordFields, cancellationToken).ConfigureAwait(false);
        _embedder = embedder;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> GetExistingIdsAsync(string tenant, string userId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(Math.Max(1, _options.ScrollPageSize)))
        {
            var byPointId = chunk.ToDictionary(id => QdrantPointIds.For(tenant, userId, id));
            var pointIds = byPointId.Keys.Select(g => (PointId)g).ToList();
            var found = await _calls.RunAsync("retrieve points", _collection,
                (c, t) => c.RetrieveAsync(_collection, pointIds, withPayload: false, withVectors: false, cancellationToken: t),
                cancellationToken).ConfigureAwait(false);
            foreach (var point in found)
            {
                if (Guid.TryParse(point.Id.Uuid, out var guid) && byPointId.TryGetValue(guid, out var id))
                {
                    existing.Add(id);
                }
            }
        }

        return existing;
    }

    /// <inheritdoc />
    public async Task UpsertAsync(IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        var embedder = _embedder ?? throw new InvalidOperationException("Call EnsureEmbedderAsync before storing points: the store records which embedder made them.");
        foreach (var point in points)
        {
            PointValidation.Check(point, embedder.Dimension);
        }

        foreach (var batch in points.Chunk(Math.Max(1, _options.UpsertBatchSize)))
        {
            // insert_only keeps the first version of a replayed event, like the embedded store.
            var request = new UpsertPoints { CollectionName = _collection, Wait = true, UpdateMode = UpdateMode.InsertOnly };
            request.Points.AddRange(batch.Select(QdrantPayload.ToPointStruct));
            var result = await _calls.RunAsync("upsert points", _collection, (c, t) => c.UpsertAsync(request, t), cancellationToken).ConfigureAwait(false);
            QdrantCalls.CheckApplied("upsert points", _collection, result);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<VectorMatch>> SearchAsync(ReadOnlyMemory<float> query, VectorFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var vector = query.ToArray();
        var found = await _calls.RunAsync("query points", _collection,
            (c, t) => c.QueryAsync(_collection, query: vector, filter: QdrantFilters.For(filter), limit: (ulong)limit,
                payloadSelector: true, vectorsSelector: true, cancellationToken: t),
            cancellationToken).ConfigureAwait(false);
        return found.Select(p => new VectorMatch(QdrantPayload.ToPoint(p.Id, p.Payload, p.Vectors), p.Score)).ToList();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<VectorPoint> ScrollAsync(VectorFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);

        // Qdrant pages in id order and cannot combine order_by with paging, so the oldest-first order is made here.
        var points = new List<VectorPoint>();
        var qdrantFilter = QdrantFilters.For(filter);
        PointId? offset = null;
        do
        {
            var from = offset;
            var page = await _calls.RunAsync("scroll points", _collection,
                (c, t) => c.ScrollAsync(_collection, qdrantFilter, (uint)Math.Max(1, _options.ScrollPageSize), from,
                    payloadSelector: true, vectorsSelector: true, cancellationToken: t),
                cancellationToken).ConfigureAwait(false);
            points.AddRange(page.Result.Select(p => QdrantPayload.ToPoint(p.Id, p.Payload, p.Vectors)));
            offset = page.NextPageOffset;
        }
        while (offset is not null);

        foreach (var point in points.OrderBy(p => p.OccurredAt).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            yield return point;
        }
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(VectorFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var count = await _calls.RunAsync("count points", _collection,
            (c, t) => c.CountAsync(_collection, QdrantFilters.For(filter), exact: true, cancellationToken: t), cancellationToken).ConfigureAwait(false);
        return (long)count;
    }

    /// <inheritdoc />
    public async Task<long> DeleteAsync(VectorFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);

        // Qdrant's delete does not say how many points it removed; the exact count just before is the answer
        // (a write racing the delete between the two calls can make it differ).
        var count = await CountAsync(filter, cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            return 0;
        }

        var result = await _calls.RunAsync("delete points", _collection,
            (c, t) => c.DeleteAsync(_collection, QdrantFilters.For(filter), wait: true, cancellationToken: t), cancellationToken).ConfigureAwait(false);
        QdrantCalls.CheckApplied("delete points", _collection, result);
        return count;
    }

    /// <inheritdoc />
    public async Task<VectorStoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var exists = await _calls.RunAsync("check collection", _collection, (c, t) => c.CollectionExistsAsync(_collection, t), cancellationToken).ConfigureAwait(false);
            return exists
                ? new VectorStoreHealth(true, "qdrant", $"collection '{_collection}' reachable")
                : new VectorStoreHealth(false, "qdrant", $"collection '{_collection}' does not exist yet");
        }
        catch (QdrantStoreException ex)
        {
            return new VectorStoreHealth(false, "qdrant", ex.Message);
        }
    }

    private static EmbedderIdentity? StoredEmbedder(CollectionInfo info)
    {
        if (info.Config?.Metadata is not { } metadata
            || !metadata.TryGetValue(EmbedderMetadataKey, out var value)
            || value.KindCase != Value.KindOneofCase.StructValue)
        {
            return null;
        }

        var fields = value.StructValue.Fields;
        var name = fields.TryGetValue("name", out var n) && n.KindCase == Value.KindOneofCase.StringValue ? n.StringValue : null;
        long? dimension = fields.TryGetValue("dimension", out var d)
            ? d.KindCase switch { Value.KindOneofCase.IntegerValue => d.IntegerValue, Value.KindOneofCase.DoubleValue => (long)d.DoubleValue, _ => null }
            : null;
        return name is null || dimension is null ? null : new EmbedderIdentity(name, (int)dimension.Value);
    }
}
