using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// <see cref="IVectorStore"/> over Qdrant's REST API: one collection for every tenant (tenant is an <c>is_tenant</c>
/// keyword index), deterministic UUIDv5 point ids, <c>wait=true</c> on every write, and the embedder recorded in the
/// collection's metadata.
/// </summary>
public sealed class QdrantVectorStore : IVectorStore
{
    private static readonly string[] IndexedKeywordFields = [QdrantPayload.UserId, QdrantPayload.Kind];

    private readonly QdrantOptions _options;
    private readonly QdrantTransport _transport;
    private readonly ILogger _logger;
    private readonly string _collectionPath;
    private EmbedderIdentity? _embedder;

    /// <summary>Creates the store; <paramref name="http"/> must have <see cref="HttpClient.BaseAddress"/> set to Qdrant's URL.</summary>
    public QdrantVectorStore(HttpClient http, QdrantOptions options, ILogger<QdrantVectorStore>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (http.BaseAddress is null)
        {
            throw new ArgumentException("The HttpClient needs BaseAddress set to the Qdrant URL.", nameof(http));
        }

        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _transport = new QdrantTransport(http, options, _logger, timeProvider ?? TimeProvider.System);
        _collectionPath = "collections/" + Uri.EscapeDataString(options.Collection);
    }

    /// <inheritdoc />
    public async Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        var info = await GetCollectionAsync(cancellationToken).ConfigureAwait(false);
        if (info is null)
        {
            await CreateCollectionAsync(embedder, cancellationToken).ConfigureAwait(false);
            info = await GetCollectionAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new QdrantException("create collection", null, $"Collection {_options.Collection} was created but cannot be read back.");
        }

        var location = $"Qdrant collection '{_options.Collection}'";
        if (info.Embedder is null)
        {
            throw new InvalidOperationException(
                $"{location} exists but was not created by GenGateway (no '{QdrantResponses.MetadataKey}' in its metadata). " +
                "Point GenGateway:Qdrant:Collection at a new name, or delete that collection.");
        }

        if (info.Embedder != embedder)
        {
            throw new EmbedderMismatchException(info.Embedder, embedder, location);
        }

        if (info.VectorSize != embedder.Dimension || info.Distance != "Cosine")
        {
            throw new InvalidOperationException($"{location} is configured for {info.VectorSize}-dimensional {info.Distance} vectors; GenGateway needs {embedder.Dimension}-dimensional Cosine.");
        }

        await EnsureIndexAsync(QdrantPayload.Tenant, new JsonObject { ["type"] = "keyword", ["is_tenant"] = true }, info, cancellationToken).ConfigureAwait(false);
        foreach (var field in IndexedKeywordFields)
        {
            await EnsureIndexAsync(field, new JsonObject { ["type"] = "keyword" }, info, cancellationToken).ConfigureAwait(false);
        }

        _embedder = embedder;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> GetExistingIdsAsync(string tenant, string userId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(Math.Max(1, _options.ScrollPageSize)))
        {
            var byPointId = chunk.ToDictionary(id => QdrantPointIds.For(tenant, userId, id), StringComparer.OrdinalIgnoreCase);
            var body = new JsonObject
            {
                ["ids"] = new JsonArray(byPointId.Keys.Select(k => (JsonNode)k).ToArray()),
                ["with_payload"] = false,
                ["with_vector"] = false,
            };
            var result = await _transport.SendAsync(HttpMethod.Post, _collectionPath + "/points", body, "retrieve points", cancellationToken).ConfigureAwait(false);
            foreach (var record in QdrantResponses.Records(result))
            {
                if (byPointId.TryGetValue(record.Id, out var id))
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
            var list = new JsonArray();
            foreach (var point in batch)
            {
                list.Add(new JsonObject
                {
                    ["id"] = QdrantPointIds.For(point.Tenant, point.UserId, point.Id),
                    ["vector"] = new JsonArray(point.Vector.ToArray().Select(v => (JsonNode)v).ToArray()),
                    ["payload"] = QdrantPayload.From(point),
                });
            }

            // insert_only keeps the first version of a replayed event, like the embedded store.
            var body = new JsonObject { ["points"] = list, ["update_mode"] = "insert_only" };
            var result = await _transport.SendAsync(HttpMethod.Put, _collectionPath + "/points?wait=true", body, "upsert points", cancellationToken).ConfigureAwait(false);
            QdrantResponses.UpdateStatus("upsert points", result);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<VectorMatch>> SearchAsync(ReadOnlyMemory<float> query, VectorFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var body = new JsonObject
        {
            ["query"] = new JsonArray(query.ToArray().Select(v => (JsonNode)v).ToArray()),
            ["filter"] = QdrantFilters.For(filter),
            ["limit"] = limit,
            ["with_payload"] = true,
            ["with_vector"] = true,
        };
        var result = await _transport.SendAsync(HttpMethod.Post, _collectionPath + "/points/query", body, "query points", cancellationToken).ConfigureAwait(false);
        return QdrantResponses.QueryPoints(result).Select(r => new VectorMatch(QdrantPayload.ToPoint(r), r.Score)).ToList();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<VectorPoint> ScrollAsync(VectorFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);

        // Qdrant pages in id order and cannot combine order_by with paging, so the oldest-first order is made here.
        var points = new List<VectorPoint>();
        JsonElement? offset = null;
        do
        {
            var body = new JsonObject
            {
                ["filter"] = QdrantFilters.For(filter),
                ["limit"] = Math.Max(1, _options.ScrollPageSize),
                ["with_payload"] = true,
                ["with_vector"] = true,
            };
            if (offset is { } next)
            {
                body["offset"] = JsonNode.Parse(next.GetRawText());
            }

            var result = await _transport.SendAsync(HttpMethod.Post, _collectionPath + "/points/scroll", body, "scroll points", cancellationToken).ConfigureAwait(false);
            var (records, nextOffset) = QdrantResponses.Scroll(result);
            points.AddRange(records.Select(QdrantPayload.ToPoint));
            offset = nextOffset;
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
        var body = new JsonObject { ["filter"] = QdrantFilters.For(filter), ["exact"] = true };
        var result = await _transport.SendAsync(HttpMethod.Post, _collectionPath + "/points/count", body, "count points", cancellationToken).ConfigureAwait(false);
        return QdrantResponses.Count(result);
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

        var body = new JsonObject { ["filter"] = QdrantFilters.For(filter) };
        var result = await _transport.SendAsync(HttpMethod.Post, _collectionPath + "/points/delete?wait=true", body, "delete points", cancellationToken).ConfigureAwait(false);
        QdrantResponses.UpdateStatus("delete points", result);
        return count;
    }

    /// <inheritdoc />
    public async Task<VectorStoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _transport.SendAsync(HttpMethod.Get, _collectionPath + "/exists", null, "check collection", cancellationToken).ConfigureAwait(false);
            return QdrantResponses.Exists(result)
                ? new VectorStoreHealth(true, "qdrant", $"collection '{_options.Collection}' reachable")
                : new VectorStoreHealth(false, "qdrant", $"collection '{_options.Collection}' does not exist yet");
        }
        catch (QdrantException ex)
        {
            return new VectorStoreHealth(false, "qdrant", ex.Message);
        }
    }

    private async Task<QdrantCollectionInfo?> GetCollectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _transport.SendAsync(HttpMethod.Get, _collectionPath, null, "get collection", cancellationToken).ConfigureAwait(false);
            return QdrantResponses.CollectionInfo(result);
        }
        catch (QdrantException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task CreateCollectionAsync(EmbedderIdentity embedder, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["vectors"] = new JsonObject { ["size"] = embedder.Dimension, ["distance"] = "Cosine" },
            ["metadata"] = new JsonObject
            {
                [QdrantResponses.MetadataKey] = new JsonObject { ["name"] = embedder.Name, ["dimension"] = embedder.Dimension },
            },
        };
        try
        {
            var result = await _transport.SendAsync(HttpMethod.Put, _collectionPath, body, "create collection", cancellationToken).ConfigureAwait(false);
            QdrantResponses.Bool(result);
            QdrantStoreLog.CreatedCollection(_logger, _options.Collection, embedder.ToString());
        }
        catch (QdrantException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
        {
            // Another gateway instance created it first; the caller reads it back and checks the embedder.
        }
    }

    private async Task EnsureIndexAsync(string field, JsonObject schema, QdrantCollectionInfo info, CancellationToken cancellationToken)
    {
        if (info.IndexedFields.Contains(field))
        {
            return;
        }

        var body = new JsonObject { ["field_name"] = field, ["field_schema"] = schema };
        var result = await _transport.SendAsync(HttpMethod.Put, _collectionPath + "/index?wait=true", body, $"create index on {field}", cancellationToken).ConfigureAwait(false);
        QdrantResponses.UpdateStatus($"create index on {field}", result);
    }
}
