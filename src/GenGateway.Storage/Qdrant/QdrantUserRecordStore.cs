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
/// <see cref="IUserRecordStore"/> in a Qdrant collection of its own (<see cref="QdrantOptions.UsersCollection"/>):
/// one point per record with a deterministic UUIDv5 id, the document in the payload, tenant as an <c>is_tenant</c>
/// index. Records live apart from the events collection so they can never appear in an event search, count or
/// export scroll, and so the events collection keeps the embedder's dimension. Every point must carry a vector of
/// the collection's size, so records carry a one-float placeholder that is never searched.
/// </summary>
public sealed class QdrantUserRecordStore : IUserRecordStore, IDisposable
{
    private const string Key = "key";
    private const string Json = "json";
    private const string UpdatedAt = "updated_at";
    private static readonly string[] IndexedKeywordFields = [QdrantPayload.Tenant, QdrantPayload.UserId, QdrantPayload.Kind];
    private static readonly float[] Placeholder = [1f];

    private readonly QdrantOptions _options;
    private readonly QdrantCalls _calls;
    private readonly string _collection;
    private readonly SemaphoreSlim _setUp = new(1, 1);
    private volatile bool _ready;

    /// <summary>Creates the store over <paramref name="client"/> (not owned); <paramref name="pipeline"/> retries transient failures.</summary>
    public QdrantUserRecordStore(QdrantClient client, QdrantOptions options, ResiliencePipeline pipeline, ILogger<QdrantUserRecordStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pipeline);
        _options = options;
        _collection = options.UsersCollection;
        _calls = new QdrantCalls(client, pipeline, (ILogger?)logger ?? NullLogger.Instance);
    }

    /// <inheritdoc />
    public async Task<UserRecord?> GetAsync(string tenant, string userId, string kind, string key, CancellationToken cancellationToken = default)
    {
        await EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
        var id = PointIdFor(tenant, userId, kind, key);
        var found = await _calls.RunAsync("retrieve user record", _collection,
            (c, t) => c.RetrieveAsync(_collection, [id], withPayload: true, withVectors: false, cancellationToken: t), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : ToRecord(found[0].Id, found[0].Payload);
    }

    /// <inheritdoc />
    public async Task PutAsync(UserRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
        var point = new PointStruct
        {
            Id = PointIdFor(record.Tenant, record.UserId, record.Kind, record.Key),
            Vectors = Placeholder,
            Payload =
            {
                [QdrantPayload.Tenant] = record.Tenant,
                [QdrantPayload.UserId] = record.UserId,
                [QdrantPayload.Kind] = record.Kind,
                [Key] = record.Key,
                [Json] = record.Json,
                [UpdatedAt] = record.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            },
        };
        var request = new UpsertPoints { CollectionName = _collection, Wait = true, Points = { point } };
        var result = await _calls.RunAsync("upsert user record", _collection, (c, t) => c.UpsertAsync(request, t), cancellationToken).ConfigureAwait(false);
        QdrantCalls.CheckApplied("upsert user record", _collection, result);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UserRecord>> ListAsync(string tenant, string userId, string kind, CancellationToken cancellationToken = default)
    {
        await EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
        var filter = Filter(tenant, userId, kind);
        var records = new List<UserRecord>();
        PointId? offset = null;
        do
        {
            var from = offset;
            var page = await _calls.RunAsync("scroll user records", _collection,
                (c, t) => c.ScrollAsync(_collection, filter, (uint)Math.Max(1, _options.ScrollPageSize), from, payloadSelector: true, vectorsSelector: false, cancellationToken: t),
                cancellationToken).ConfigureAwait(false);
            records.AddRange(page.Result.Select(p => ToRecord(p.Id, p.Payload)));
            offset = page.NextPageOffset;
        }
        while (offset is not null);

        return records.OrderBy(r => r.UpdatedAt).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<long> DeleteAsync(string tenant, string userId, string? kind = null, CancellationToken cancellationToken = default)
    {
        await EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
        var filter = Filter(tenant, userId, kind);
        var count = (long)await _calls.RunAsync("count user records", _collection,
            (c, t) => c.CountAsync(_collection, filter, exact: true, cancellationToken: t), cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            return 0;
        }

        var result = await _calls.RunAsync("delete user records", _collection,
            (c, t) => c.DeleteAsync(_collection, filter, wait: true, cancellationToken: t), cancellationToken).ConfigureAwait(false);
        QdrantCalls.CheckApplied("delete user records", _collection, result);
        return count;
    }

    /// <inheritdoc />
    public void Dispose() => _setUp.Dispose();

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

    private static UserRecord ToRecord(PointId id, MapField<string, Value> payload)
    {
        string Required(string name) =>
            payload.TryGetValue(name, out var value) && value.KindCase == Value.KindOneofCase.StringValue
                ? value.StringValue
                : throw new QdrantStoreException("read user records", null, $"User record {id} has no string payload field '{name}'; it was not written by GenGateway.");

        var updated = DateTimeOffset.Parse(Required(UpdatedAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new UserRecord(Required(QdrantPayload.Tenant), Required(QdrantPayload.UserId), Required(QdrantPayload.Kind), Required(Key), Required(Json), updated);
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
                    new Dictionary<string, Value> { ["gengateway_user_records"] = 1L }, "per-user records", cancellationToken).ConfigureAwait(false);
                info = await _calls.GetCollectionAsync(_collection, cancellationToken).ConfigureAwait(false)
                    ?? throw new QdrantStoreException("create collection", null, $"Collection {_collection} was created but cannot be read back.");
            }

            if (info.Config?.Params?.VectorsConfig?.Params is not { Size: 1 })
            {
                throw new InvalidOperationException(
                    $"Qdrant collection '{_collection}' exists but is not GenGateway's per-user record collection. Point GenGateway:Qdrant:UsersCollection at a new name.");
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
