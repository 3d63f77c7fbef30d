using System.Globalization;
using Google.Protobuf.Collections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// <see cref="IUserDocumentStore"/> in a Qdrant collection of its own (<see cref="QdrantOptions.UsersCollection"/>):
/// one point per document with a deterministic UUIDv5 id, the JSON in the payload, tenant as an <c>is_tenant</c>
/// index. Documents live apart from the events collection so they can never appear in an event search, count or
/// export scroll, and so the events collection keeps the embedder's dimension. Every point must carry a vector of
/// the collection's size, so documents carry a one-float placeholder that is never searched.
/// </summary>
public sealed class QdrantUserDocumentStore : ISharedUserDocumentStore, IDisposable
{
    private const string Key = "key";
    private const string Json = "json";
    private const string UpdatedAt = "updated_at";
    private const string Group = "group";
    private static readonly string[] IndexedKeywordFields = [QdrantPayload.Tenant, QdrantPayload.UserId, QdrantPayload.Kind, Key, Group];
    private static readonly float[] Placeholder = [1f];

    private readonly QdrantOptions _options;
    private readonly QdrantCalls _calls;
    private readonly string _collection;
    private readonly SemaphoreSlim _setUp = new(1, 1);
    private volatile bool _ready;

    /// <summary>Creates the store over <paramref name="client"/> (not owned); <paramref name="pipeline"/> retries transient failures.</summary>
    public QdrantUserDocumentStore(QdrantClient client, QdrantOptions options, ResiliencePipeline pipeline, ILogger<QdrantUserDocumentStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pipeline);
        _options = options;
        _collection = options.UsersCollection;
        _calls = new QdrantCalls(client, pipeline, (ILogger?)logger ?? NullLogger.Instance);
    }

    /// <inheritdoc />
    public async Task<UserDocument?> GetAsync(string tenant, string userId, string kind, string key, CancellationToken cancellationToken = default)
    {
        await EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
        var id = PointIdFor(tenant, userId, kind, key);
        var found = await _calls.RunAsync("retrieve user document", _collection,
            (c, t) => c.RetrieveAsync(_collection, [id], withPayload: true, withVectors: false, cancellationToken: t), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : ToDocument(found[0].Id, found[0].Payload);
    }

    /// <inheritdoc />
    public Task PutAsync(UserDocument document, CancellationToken cancellationToken = default) =>
        WriteAsync(document, UpdateMode.Upsert, "upsert user document", cancellationToken);

    /// <inheritdoc />
    public async Task<UserDocument> AddOrGetAsync(UserDocument document, CancellationToken cancellationToken = default)
    {
        // Insert-only: Qdrant keeps the point a first writer stored, so every racing replica reads back the same one.
        await WriteAsync(document, UpdateMode.InsertOnly, "insert user document", cancellationToken).ConfigureAwait(false);
        return await GetAsync(document.Tenant, document.UserId, document.Kind, document.Key, cancellationToken).ConfigureAwait(false)
            ?? throw new QdrantStoreException("insert user document", null, $"A user document written to collection '{_collection}' with wait=true cannot be read back.");
    }

    private async Task WriteAsync(UserDocument document, UpdateMode mode, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
        var point = new PointStruct
        {
            Id = PointIdFor(document.Tenant, document.UserId, document.Kind, document.Key),
            Vectors = Placeholder,
            Payload =
            {
                [QdrantPayload.Tenant] = document.Tenant,
                [QdrantPayload.UserId] = document.UserId,
                [QdrantPayload.Kind] = document.Kind,
                [Key] = document.Key,
                [Json] = document.Json,
                [UpdatedAt] = document.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            },
        };
        if (document.Group is { } group)
        {
            point.Payload[Group] = group;
        }

        var request = new UpsertPoints { CollectionName = _collection, Wait = true, UpdateMode = mode, Points = { point } };
        var result = await _calls.RunAsync(operation, _collection, (c, t) => c.UpsertAsync(request, t), cancellationToken).ConfigureAwait(false);
        QdrantCalls.CheckApplied(operation, _collection, result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UserDocument>> ListAsync(string tenant, string userId, string kind, CancellationToken cancellationToken = default) =>
        ScrollAsync(Filter(tenant, userId, kind), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<UserDocument>> FindAsync(string tenant, string kind, string? group = null, string? key = null, CancellationToken cancellationToken = default)
    {
        var filter = new Filter { Must = { MatchKeyword(QdrantPayload.Tenant, tenant), MatchKeyword(QdrantPayload.Kind, kind) } };
        if (group is not null)
        {
            filter.Must.Add(MatchKeyword(Group, group));
        }

        if (key is not null)
        {
            filter.Must.Add(MatchKeyword(Key, key));
        }

        return ScrollAsync(filter, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> DeleteAsync(string tenant, string userId, string? kind = null, CancellationToken cancellationToken = default)
    {
        await EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
        var filter = Filter(tenant, userId, kind);
        var count = (long)await _calls.RunAsync("count user documents", _collection,
            (c, t) => c.CountAsync(_collection, filter, exact: true, cancellationToken: t), cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            return 0;
        }

        var result = await _calls.RunAsync("delete user documents", _collection,
            (c, t) => c.DeleteAsync(_collection, filter, wait: true, cancellationToken: t), cancellationToken).ConfigureAwait(false);
        QdrantCalls.CheckApplied("delete user documents", _collection, result);
        return count;
    }

    /// <inheritdoc />
    public void Dispose() => _setUp.Dispose();

    private async Task<IReadOnlyList<UserDocument>> ScrollAsync(Filter filter, CancellationToken cancellationToken)
    {
        await EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<UserDocument>();
        PointId? offset = null;
        do
        {
            var from = offset;
            var page = await _calls.RunAsync("scroll user documents", _collection,
                (c, t) => c.ScrollAsync(_collection, filter, (uint)Math.Max(1, _options.ScrollPageSize), from, payloadSelector: true, vectorsSelector: false, cancellationToken: t),
                cancellationToken).ConfigureAwait(false);
            documents.AddRange(page.Result.Select(p => ToDocument(p.Id, p.Payload)));
            offset = page.NextPageOffset;
        }
        while (offset is not null);

        return documents.OrderBy(d => d.UpdatedAt).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();
    }

    private static PointId PointIdFor(string tenant, string userId, string kind, string key) =>
        QdrantPointIds.For(tenant, userId, kind.Length.ToString(CultureInfo.InvariantCulture) + ":" + kind + "|" + key);

    private static Filter Filter(string tenant, string userId, string? kind)
    {
        var filter = QdrantFilters.ForUser(tenant, userId);
        if (kind is not null)
        {
            filter.Must.Add(MatchKeyword(QdrantPayload.Kind, kind));
        }

        return filter;
    }

    private static UserDocument ToDocument(PointId id, MapField<string, Value> payload)
    {
        string Required(string name) =>
            payload.TryGetValue(name, out var value) && value.KindCase == Value.KindOneofCase.StringValue
                ? value.StringValue
                : throw new QdrantStoreException("read user documents", null, $"User document {id} has no string payload field '{name}'; it was not written by GenGateway.");

        var updated = DateTimeOffset.Parse(Required(UpdatedAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new UserDocument(Required(QdrantPayload.Tenant), Required(QdrantPayload.UserId), Required(QdrantPayload.Kind), Required(Key), Required(Json), updated)
        {
            Group = payload.TryGetValue(Group, out var group) && group.KindCase == Value.KindOneofCase.StringValue ? group.StringValue : null,
        };
    }

    // The collection is set up on first use by whichever replica gets there first; the others find it.
    private async Task EnsureCollectionAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _setUp.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            var info = await _calls.GetCollectionAsync(_collection, cancellationToken).ConfigureAwait(false);
            if (info is null)
            {
                await _calls.CreateCollectionAsync(_collection, new VectorParams { Size = (ulong)Placeholder.Length, Distance = Distance.Dot },
                    new Dictionary<string, Value> { ["gengateway_user_records"] = 1L }, "per-user documents", cancellationToken).ConfigureAwait(false);
                info = await _calls.GetCollectionAsync(_collection, cancellationToken).ConfigureAwait(false)
                    ?? throw new QdrantStoreException("create collection", null, $"Collection {_collection} was created but cannot be read back.");
            }

            if (info.Config?.Params?.VectorsConfig?.Params is not { Size: 1 })
            {
                throw new InvalidOperationException(
                    $"Qdrant collection '{_collection}' exists but is not GenGateway's per-user document collection. Point GenGateway:Qdrant:UsersCollection at a new name.");
            }

            await _calls.EnsureKeywordIndexesAsync(_collection, info, IndexedKeywordFields, cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _setUp.Release();
        }
    }
}
