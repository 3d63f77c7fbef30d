using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Numerics.Tensors;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace GenGateway.TestSupport.Qdrant;

/// <summary>
/// An in-process Qdrant for tests: the real <c>Qdrant.Client</c> talks gRPC to it on a loopback HTTP/2 port. It keeps
/// collections in memory with Qdrant's semantics where the gateway depends on them (cosine on normalized vectors,
/// keyword filters, insert-only upserts, id-ordered scroll pages) and refuses what Qdrant refuses (a vector of the wrong
/// size, a point id that is neither an unsigned integer nor a UUID, an unknown collection, a missing or wrong API key).
/// Every call is recorded so tests can check what was sent (for instance that writes carry <c>wait=true</c>).
/// </summary>
public sealed class FakeQdrant : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeQdrantCollection> _collections = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<StatusCode> _failures = new();
    private WebApplication? _app;
    private long _operationId;

    private FakeQdrant()
    {
    }

    /// <summary>gRPC address, <c>http://127.0.0.1:port</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>When set, a call without this <c>api-key</c> header is refused with Unauthenticated, as Qdrant does.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Every call received, in order.</summary>
    public ConcurrentQueue<FakeQdrantCall> Calls { get; } = new();

    public static async Task<FakeQdrant> StartAsync()
    {
        var fake = new FakeQdrant();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(fake);
        builder.Services.AddSingleton<FakeQdrantPointsService>();
        builder.Services.AddSingleton<FakeQdrantCollectionsService>();
        var app = builder.Build();
        app.MapGrpcService<FakeQdrantPointsService>();
        app.MapGrpcService<FakeQdrantCollectionsService>();
        await app.StartAsync();
        fake._app = app;
        fake.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    /// <summary>A client of this fake through the official client's own channel (API key header included when given).</summary>
    public QdrantClient CreateClient(string? apiKey = null) =>
        new(new QdrantGrpcClient(QdrantChannel.ForAddress(Url, new ClientConfiguration { ApiKey = apiKey })));

    /// <summary>The next calls fail with these statuses, one each, before any other check.</summary>
    public void FailNext(params StatusCode[] statuses)
    {
        foreach (var status in statuses)
        {
            _failures.Enqueue(status);
        }
    }

    public IReadOnlyList<T> Requests<T>(string method) where T : IMessage =>
        Calls.Where(c => c.Method == method).Select(c => (T)c.Request).ToList();

    public FakeQdrantCollection? Collection(string name)
    {
        lock (_gate)
        {
            return _collections.GetValueOrDefault(name);
        }
    }

    /// <summary>Creates a collection the way someone other than GenGateway would (no metadata).</summary>
    public void AddForeignCollection(string name, ulong size)
    {
        lock (_gate)
        {
            _collections[name] = new FakeQdrantCollection(size, Distance.Cosine, new Dictionary<string, Value>());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    internal Task<T> HandleAsync<T>(string method, IMessage request, ServerCallContext context, Func<T> handle)
    {
        var apiKey = context.RequestHeaders.GetValue("api-key");
        Calls.Enqueue(new FakeQdrantCall(method, request, apiKey));
        if (_failures.TryDequeue(out var failure))
        {
            throw new RpcException(new Status(failure, $"Service internal error: scripted {failure}"));
        }

        if (ApiKey is not null && apiKey != ApiKey)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, apiKey is null ? "Must provide an API key or an Authorization bearer token" : "Invalid API key or JWT"));
        }

        lock (_gate)
        {
            return Task.FromResult(handle());
        }
    }

    internal CollectionOperationResponse CreateCollection(CreateCollection request)
    {
        if (_collections.ContainsKey(request.CollectionName))
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, $"Wrong input: Collection `{request.CollectionName}` already exists!"));
        }

        var vectors = request.VectorsConfig?.Params ?? throw Invalid("Wrong input: the fake only supports a single unnamed vector");
        if (vectors.Size == 0 || vectors.Distance == Distance.UnknownDistance)
        {
            throw Invalid("Validation error in JSON body: [vectors.size: value 0 invalid, must be 1 or larger]");
        }

        _collections[request.CollectionName] = new FakeQdrantCollection(vectors.Size, vectors.Distance, request.Metadata.ToDictionary(m => m.Key, m => m.Value.Clone()));
        return new CollectionOperationResponse { Result = true };
    }

    internal CollectionOperationResponse DeleteCollection(DeleteCollection request) =>
        new() { Result = _collections.Remove(request.CollectionName) };

    internal CollectionExistsResponse CollectionExists(CollectionExistsRequest request) =>
        new() { Result = new global::Qdrant.Client.Grpc.CollectionExists { Exists = _collections.ContainsKey(request.CollectionName) } };

    internal GetCollectionInfoResponse GetCollection(GetCollectionInfoRequest request)
    {
        var collection = Existing(request.CollectionName);
        var info = new CollectionInfo
        {
            Status = CollectionStatus.Green,
            PointsCount = (ulong)collection.Points.Count,
            SegmentsCount = 1,
            Config = new CollectionConfig
            {
                Params = new CollectionParams
                {
                    ShardNumber = 1,
                    VectorsConfig = new VectorsConfig { Params = new VectorParams { Size = collection.Size, Distance = collection.Distance } },
                },
            },
        };
        foreach (var (key, value) in collection.Metadata)
        {
            info.Config.Metadata[key] = value.Clone();
        }

        foreach (var (field, schema) in collection.PayloadSchema)
        {
            info.PayloadSchema[field] = schema.Clone();
        }

        return new GetCollectionInfoResponse { Result = info };
    }

    internal PointsOperationResponse CreateFieldIndex(CreateFieldIndexCollection request)
    {
        var collection = Existing(request.CollectionName);
        var type = request.FieldType switch
        {
            FieldType.Keyword => PayloadSchemaType.Keyword,
            _ => throw Invalid($"the fake only supports keyword indexes, not {request.FieldType}"),
        };
        collection.PayloadSchema[request.FieldName] = new PayloadSchemaInfo { DataType = type, Params = request.FieldIndexParams?.Clone(), Points = (ulong)collection.Points.Count };
        return Completed();
    }

    internal PointsOperationResponse Upsert(UpsertPoints request)
    {
        var collection = Existing(request.CollectionName);

        // Qdrant validates the whole batch before applying any of it.
        var points = request.Points.Select(p => new FakeQdrantPoint(p.Id, VectorOf(p.Vectors, collection), p.Payload.Clone())).ToList();
        var keys = request.Points.Select(p => Key(p.Id)).ToList();
        for (var i = 0; i < points.Count; i++)
        {
            if (request.UpdateMode == UpdateMode.InsertOnly && collection.Points.ContainsKey(keys[i]))
            {
                continue;
            }

            collection.Points[keys[i]] = points[i];
        }

        return Completed();
    }

    internal GetResponse Get(GetPoints request)
    {
        var collection = Existing(request.CollectionName);
        var response = new GetResponse();
        foreach (var key in request.Ids.Select(Key))
        {
            if (collection.Points.TryGetValue(key, out var point))
            {
                response.Result.Add(Retrieved(point, request.WithPayload, request.WithVectors));
            }
        }

        return response;
    }

    internal QueryResponse Query(QueryPoints request)
    {
        var collection = Existing(request.CollectionName);
        var nearest = request.Query?.Nearest ?? throw Invalid("the fake only answers nearest-vector queries");
        var query = nearest.Dense?.Data.ToArray() ?? throw Invalid("the fake only answers dense vector queries");
        if ((ulong)query.Length != collection.Size)
        {
            throw Invalid($"Wrong input: Vector dimension error: expected dim: {collection.Size}, got {query.Length}");
        }

        if (collection.Distance == Distance.Cosine)
        {
            Normalize(query);
        }

        var limit = request.HasLimit ? request.Limit : 10;
        var response = new QueryResponse();
        foreach (var (point, score) in collection.Points.Values
            .Where(p => FakeQdrantFilter.Matches(request.Filter, p.Payload))
            .Select(p => (p, TensorPrimitives.Dot(query, p.Vector)))
            .OrderByDescending(x => x.Item2)
            .Take((int)limit))
        {
            var retrieved = Retrieved(point, request.WithPayload, request.WithVectors);
            response.Result.Add(new ScoredPoint { Id = point.Id, Score = score, Version = 1, Payload = { retrieved.Payload }, Vectors = retrieved.Vectors });
        }

        return response;
    }

    internal ScrollResponse Scroll(ScrollPoints request)
    {
        var collection = Existing(request.CollectionName);
        var limit = request.HasLimit ? (int)request.Limit : 10;
        var offset = request.Offset is null ? null : Key(request.Offset);
        var page = collection.Points
            .Where(p => offset is null || string.CompareOrdinal(p.Key, offset) >= 0)
            .Where(p => FakeQdrantFilter.Matches(request.Filter, p.Value.Payload))
            .Take(limit + 1)
            .ToList();
        var response = new ScrollResponse();
        foreach (var (_, point) in page.Take(limit))
        {
            response.Result.Add(Retrieved(point, request.WithPayload, request.WithVectors));
        }

        if (page.Count > limit)
        {
            response.NextPageOffset = page[limit].Value.Id;
        }

        return response;
    }

    internal CountResponse Count(CountPoints request)
    {
        var collection = Existing(request.CollectionName);
        return new CountResponse { Result = new CountResult { Count = (ulong)collection.Points.Values.Count(p => FakeQdrantFilter.Matches(request.Filter, p.Payload)) } };
    }

    internal PointsOperationResponse Delete(DeletePoints request)
    {
        var collection = Existing(request.CollectionName);
        var selector = request.Points ?? throw Invalid("Wrong input: points selector is required");
        var doomed = selector.PointsSelectorOneOfCase == PointsSelector.PointsSelectorOneOfOneofCase.Filter
            ? collection.Points.Where(p => FakeQdrantFilter.Matches(selector.Filter, p.Value.Payload)).Select(p => p.Key).ToList()
            : selector.Points.Ids.Select(Key).ToList();
        foreach (var key in doomed)
        {
            collection.Points.Remove(key);
        }

        return Completed();
    }

    private FakeQdrantCollection Existing(string name) =>
        _collections.GetValueOrDefault(name) ?? throw new RpcException(new Status(StatusCode.NotFound, $"Not found: Collection `{name}` doesn't exist!"));

    /// <summary>Qdrant's id rule: an unsigned integer or a UUID (printed in its canonical form).</summary>
    private static string Key(PointId id) => id.PointIdOptionsCase switch
    {
        PointId.PointIdOptionsOneofCase.Num => id.Num.ToString(CultureInfo.InvariantCulture),
        PointId.PointIdOptionsOneofCase.Uuid when Guid.TryParse(id.Uuid, out var guid) => guid.ToString("D"),
        PointId.PointIdOptionsOneofCase.Uuid => throw Invalid($"Unable to parse UUID: {id.Uuid}"),
        _ => throw Invalid("Wrong input: point id is neither an unsigned integer nor a UUID"),
    };

    private static float[] VectorOf(Vectors? vectors, FakeQdrantCollection collection)
    {
        var vector = vectors?.Vector ?? throw Invalid("Wrong input: the fake only supports a single unnamed vector per point");
#pragma warning disable CS0612 // Qdrant still accepts the deprecated flat form, so the fake does too.
        var data = vector.Dense?.Data.ToArray() ?? vector.Data.ToArray();
#pragma warning restore CS0612
        if ((ulong)data.Length != collection.Size)
        {
            throw Invalid($"Wrong input: Vector dimension error: expected dim: {collection.Size}, got {data.Length}");
        }

        // Cosine collections store the normalized vector, as Qdrant does.
        if (collection.Distance == Distance.Cosine)
        {
            Normalize(data);
        }

        return data;
    }

    private static void Normalize(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    private static RetrievedPoint Retrieved(FakeQdrantPoint point, WithPayloadSelector? withPayload, WithVectorsSelector? withVectors)
    {
        // Qdrant's defaults differ by call (payload on for get/scroll), but the gateway always says what it wants.
        var retrieved = new RetrievedPoint { Id = point.Id };
        if (withPayload?.Enable == true)
        {
            retrieved.Payload.Add(point.Payload);
        }

        if (withVectors?.Enable == true)
        {
            retrieved.Vectors = new VectorsOutput { Vector = new VectorOutput { Dense = new DenseVector { Data = { point.Vector } } } };
        }

        return retrieved;
    }

    private PointsOperationResponse Completed() => new()
    {
        Result = new UpdateResult { OperationId = (ulong)Interlocked.Increment(ref _operationId), Status = UpdateStatus.Completed },
    };

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
