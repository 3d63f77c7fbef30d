using System.Collections.Concurrent;
using System.Numerics.Tensors;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenGateway.Storage.Tests.Fakes;

/// <summary>
/// A real Kestrel server on 127.0.0.1 implementing the Qdrant REST endpoints the store uses, with Qdrant's semantics
/// where they matter (cosine on normalized vectors, filters, insert_only, id-ordered scroll pages, 404/409, plain-text
/// auth failures). It records every request so contract tests can validate the bodies against the OpenAPI spec.
/// </summary>
public sealed partial class FakeQdrantServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly Dictionary<string, FakeQdrantCollection> _collections = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _operationId;

    private FakeQdrantServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>When set, requests without this <c>api-key</c> get a plain-text 401 like Qdrant's auth layer.</summary>
    public string? ApiKey { get; set; }

    public ConcurrentQueue<CapturedRequest> Requests { get; } = new();

    public ConcurrentQueue<CapturedExchange> Exchanges { get; } = new();

    public static async Task<FakeQdrantServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeQdrantServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public FakeQdrantServer Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }

        return this;
    }

    public FakeQdrantCollection? Collection(string name)
    {
        lock (_gate)
        {
            return _collections.GetValueOrDefault(name);
        }
    }

    /// <summary>Creates a collection the way someone other than GenGateway would (no metadata).</summary>
    public void AddForeignCollection(string name, int size) => _collections[name] = new FakeQdrantCollection(size, "Cosine", null);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("^/collections/(?<c>[^/]+)(?<rest>/.*)?$")]
    private static partial Regex CollectionPath();

    private async Task HandleAsync(HttpContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.Body))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var apiKey = context.Request.Headers["api-key"].FirstOrDefault();
        var captured = new CapturedRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? string.Empty, body, apiKey);
        Requests.Enqueue(captured);
        context.Items[typeof(CapturedRequest)] = captured;

        if (_script.TryDequeue(out var scripted))
        {
            if (scripted.Status < 0)
            {
                context.Features.Get<IHttpRequestLifetimeFeature>()?.Abort();
                return;
            }

            await WriteAsync(context, scripted.Status, scripted.ContentType, scripted.Body);
            return;
        }

        if (ApiKey is not null && apiKey != ApiKey)
        {
            await WriteAsync(context, 401, "text/plain", "Must provide an API key or an Authorization bearer token");
            return;
        }

        JsonNode? result;
        try
        {
            result = Route(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.Query, body);
        }
        catch (FakeQdrantException error)
        {
            await WriteAsync(context, error.Status, "application/json",
                new JsonObject { ["status"] = new JsonObject { ["error"] = error.Message }, ["time"] = 0.0001 }.ToJsonString());
            return;
        }

        await WriteAsync(context, 200, "application/json", new JsonObject { ["result"] = result, ["status"] = "ok", ["time"] = 0.0002 }.ToJsonString());
    }

    private async Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        Exchanges.Enqueue(new CapturedExchange((CapturedRequest)context.Items[typeof(CapturedRequest)]!, status, contentType, body));
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    private JsonNode? Route(string method, string path, IQueryCollection query, string body)
    {
        var match = CollectionPath().Match(path);
        if (!match.Success)
        {
            throw new FakeQdrantException(404, $"Not found: {path}");
        }

        var name = Uri.UnescapeDataString(match.Groups["c"].Value);
        var rest = match.Groups["rest"].Value;
        var request = string.IsNullOrEmpty(body) ? new JsonObject() : JsonNode.Parse(body) as JsonObject ?? throw new FakeQdrantException(400, "Format error in JSON body: expected an object");
        lock (_gate)
        {
            if (method == "PUT" && rest.Length == 0)
            {
                return CreateCollection(name, request);
            }

            if (method == "GET" && rest == "/exists")
            {
                return new JsonObject { ["exists"] = _collections.ContainsKey(name) };
            }

            var collection = _collections.GetValueOrDefault(name) ?? throw new FakeQdrantException(404, $"Not found: Collection `{name}` doesn't exist!");
            return (method, rest) switch
            {
                ("GET", "") => Info(collection),
                ("PUT", "/index") => CreateIndex(collection, request),
                ("PUT", "/points") => Upsert(collection, request),
                ("POST", "/points") => Retrieve(collection, request),
                ("POST", "/points/query") => Query(collection, request),
                ("POST", "/points/scroll") => Scroll(collection, request),
                ("POST", "/points/count") => new JsonObject { ["count"] = collection.Points.Count(p => FakeQdrantFilter.Matches(request["filter"], p.Key, p.Value.Payload)) },
                ("POST", "/points/delete") => Delete(collection, request),
                _ => throw new FakeQdrantException(404, $"Not found: {method} {path}"),
            };
        }
    }

    private JsonValue CreateCollection(string name, JsonObject request)
    {
        if (_collections.ContainsKey(name))
        {
            throw new FakeQdrantException(409, $"Wrong input: Collection `{name}` already exists!");
        }

        var vectors = request["vectors"] as JsonObject ?? throw new FakeQdrantException(400, "Wrong input: vectors missing");
        _collections[name] = new FakeQdrantCollection(vectors["size"]!.GetValue<int>(), vectors["distance"]!.GetValue<string>(), request["metadata"]?.DeepClone());
        return JsonValue.Create(true);
    }

    private static JsonObject Info(FakeQdrantCollection collection)
    {
        var schema = new JsonObject();
        foreach (var (field, fieldSchema) in collection.PayloadSchema)
        {
            var type = fieldSchema is JsonObject o ? o["type"]!.GetValue<string>() : fieldSchema.GetValue<string>();
            var info = new JsonObject { ["data_type"] = type, ["points"] = collection.Points.Count };
            if (fieldSchema is JsonObject)
            {
                info["params"] = fieldSchema.DeepClone();
            }

            schema[field] = info;
        }

        var config = new JsonObject
        {
            ["params"] = new JsonObject
            {
                ["vectors"] = new JsonObject { ["size"] = collection.Size, ["distance"] = collection.Distance },
                ["shard_number"] = 1,
                ["replication_factor"] = 1,
                ["write_consistency_factor"] = 1,
                ["on_disk_payload"] = true,
            },
            ["hnsw_config"] = new JsonObject { ["m"] = 16, ["ef_construct"] = 100, ["full_scan_threshold"] = 10000, ["max_indexing_threads"] = 0 },
            ["optimizer_config"] = new JsonObject
            {
                ["deleted_threshold"] = 0.2, ["vacuum_min_vector_number"] = 1000, ["default_segment_number"] = 0,
                ["flush_interval_sec"] = 5,
            },
        };
        if (collection.Metadata is not null)
        {
            config["metadata"] = collection.Metadata.DeepClone();
        }

        return new JsonObject
        {
            ["status"] = "green",
            ["optimizer_status"] = "ok",
            ["points_count"] = collection.Points.Count,
            ["indexed_vectors_count"] = 0,
            ["segments_count"] = 1,
            ["config"] = config,
            ["payload_schema"] = schema,
        };
    }

    private JsonObject CreateIndex(FakeQdrantCollection collection, JsonObject request)
    {
        collection.PayloadSchema[request["field_name"]!.GetValue<string>()] = request["field_schema"]!.DeepClone();
        return Completed();
    }

    private JsonObject Upsert(FakeQdrantCollection collection, JsonObject request)
    {
        var insertOnly = request["update_mode"]?.GetValue<string>() == "insert_only";
        foreach (var node in request["points"]!.AsArray())
        {
            var point = node!.AsObject();
            var id = point["id"]!.ToString().ToLowerInvariant();
            var vector = point["vector"]!.AsArray().Select(x => x!.GetValue<float>()).ToArray();
            if (vector.Length != collection.Size)
            {
                throw new FakeQdrantException(400, $"Wrong input: Vector dimension error: expected dim: {collection.Size}, got {vector.Length}");
            }

            if (insertOnly && collection.Points.ContainsKey(id))
            {
                continue;
            }

            // Cosine collections store the normalized vector, as Qdrant does.
            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }

            collection.Points[id] = (vector, (point["payload"] as JsonObject)?.DeepClone().AsObject() ?? new JsonObject());
        }

        return Completed();
    }

    private static JsonArray Retrieve(FakeQdrantCollection collection, JsonObject request)
    {
        var points = new JsonArray();
        foreach (var id in request["ids"]!.AsArray().Select(x => x!.ToString().ToLowerInvariant()))
        {
            if (collection.Points.TryGetValue(id, out var point))
            {
                points.Add(Record(id, point, request["with_payload"], request["with_vector"], defaultPayload: true));
            }
        }

        return points;
    }

    private static JsonObject Query(FakeQdrantCollection collection, JsonObject request)
    {
        var limit = request["limit"]?.GetValue<int>() ?? 10;
        if (limit < 1)
        {
            throw new FakeQdrantException(422, "Validation error in JSON body: [limit: value 0 invalid, must be 1 or larger]");
        }

        var candidates = collection.Points.Where(p => FakeQdrantFilter.Matches(request["filter"], p.Key, p.Value.Payload));
        IEnumerable<(string Id, (float[] Vector, JsonObject Payload) Point, float Score)> ranked;
        if (request["query"] is JsonArray queryVector)
        {
            var q = queryVector.Select(x => x!.GetValue<float>()).ToArray();
            var norm = TensorPrimitives.Norm(q);
            ranked = candidates
                .Select(p => (p.Key, p.Value, norm > 0 ? TensorPrimitives.Dot(q, p.Value.Vector) / norm : 0f))
                .OrderByDescending(x => x.Item3);
        }
        else
        {
            // Like Qdrant: no query means points in id order, unranked.
            ranked = candidates.Select(p => (p.Key, p.Value, 0f));
        }

        var points = new JsonArray();
        foreach (var (id, point, score) in ranked.Take(limit))
        {
            var record = Record(id, point, request["with_payload"], request["with_vector"], defaultPayload: false);
            record["score"] = score;
            record["version"] = 1;
            points.Add(record);
        }

        return new JsonObject { ["points"] = points };
    }

    private static JsonObject Scroll(FakeQdrantCollection collection, JsonObject request)
    {
        var limit = request["limit"]?.GetValue<int>() ?? 10;
        var offset = request["offset"]?.ToString().ToLowerInvariant();
        var matching = collection.Points
            .Where(p => offset is null || string.CompareOrdinal(p.Key, offset) >= 0)
            .Where(p => FakeQdrantFilter.Matches(request["filter"], p.Key, p.Value.Payload))
            .Take(limit + 1)
            .ToList();
        var points = new JsonArray();
        foreach (var (id, point) in matching.Take(limit))
        {
            points.Add(Record(id, point, request["with_payload"], request["with_vector"], defaultPayload: true));
        }

        return new JsonObject
        {
            ["points"] = points,
            ["next_page_offset"] = matching.Count > limit ? matching[limit].Key : null,
        };
    }

    private JsonObject Delete(FakeQdrantCollection collection, JsonObject request)
    {
        if (request["points"] is JsonArray ids)
        {
            foreach (var id in ids)
            {
                collection.Points.Remove(id!.ToString().ToLowerInvariant());
            }
        }
        else
        {
            var filter = request["filter"] ?? throw new FakeQdrantException(400, "Format error in JSON body: expected points or filter");
            foreach (var id in collection.Points.Where(p => FakeQdrantFilter.Matches(filter, p.Key, p.Value.Payload)).Select(p => p.Key).ToList())
            {
                collection.Points.Remove(id);
            }
        }

        return Completed();
    }

    private static JsonObject Record(string id, (float[] Vector, JsonObject Payload) point, JsonNode? withPayload, JsonNode? withVector, bool defaultPayload)
    {
        var record = new JsonObject { ["id"] = id };
        var includePayload = withPayload is null ? defaultPayload : withPayload.GetValueKind() == System.Text.Json.JsonValueKind.True;
        if (includePayload)
        {
            record["payload"] = point.Payload.DeepClone();
        }

        if (withVector?.GetValueKind() == System.Text.Json.JsonValueKind.True)
        {
            record["vector"] = new JsonArray(point.Vector.Select(v => (JsonNode)v).ToArray());
        }

        return record;
    }

    private JsonObject Completed() => new()
    {
        ["operation_id"] = Interlocked.Increment(ref _operationId),
        ["status"] = "completed",
    };

}
