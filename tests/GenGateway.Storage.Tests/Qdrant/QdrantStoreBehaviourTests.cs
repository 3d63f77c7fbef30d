using System.Net;
using System.Text.Json.Nodes;
using GenGateway.Storage.Qdrant;
using GenGateway.Storage.Tests.Fakes;

namespace GenGateway.Storage.Tests.Qdrant;

/// <summary>What the Qdrant store does on the wire: headers, retries, errors, ids and filters.</summary>
public sealed class QdrantStoreBehaviourTests : IAsyncLifetime
{
    private static readonly EmbedderIdentity Identity = new("hashing-v1", 4);
    private FakeQdrantServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQdrantServer.StartAsync();
        _http = new HttpClient { BaseAddress = _server.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Creates_the_collection_with_cosine_metadata_and_payload_indexes()
    {
        await Store().EnsureEmbedderAsync(Identity);

        var create = Body("PUT", "/collections/events");
        Assert.Equal(4, create["vectors"]!["size"]!.GetValue<int>());
        Assert.Equal("Cosine", create["vectors"]!["distance"]!.GetValue<string>());
        Assert.Equal("hashing-v1", create["metadata"]!["gengateway_embedder"]!["name"]!.GetValue<string>());
        var indexes = Requests("PUT", "/collections/events/index").Select(r => JsonNode.Parse(r.Body)!).ToList();
        var tenant = indexes.Single(i => i["field_name"]!.GetValue<string>() == "tenant");
        Assert.True(tenant["field_schema"]!["is_tenant"]!.GetValue<bool>());
        Assert.Equal(["kind", "tenant", "user_id"], indexes.Select(i => i["field_name"]!.GetValue<string>()).Order());
        Assert.All(Requests("PUT", "/collections/events/index"), r => Assert.Contains("wait=true", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Does_not_recreate_indexes_that_exist()
    {
        await Store().EnsureEmbedderAsync(Identity);
        var before = Requests("PUT", "/collections/events/index").Count;

        await Store().EnsureEmbedderAsync(Identity);

        Assert.Equal(before, Requests("PUT", "/collections/events/index").Count);
    }

    [Fact]
    public async Task Sends_the_api_key_on_every_request()
    {
        _server.ApiKey = "k-123";
        var store = Store(apiKey: "k-123");
        await store.EnsureEmbedderAsync(Identity);
        await store.CountAsync(new VectorFilter("t"));

        Assert.All(_server.Requests, r => Assert.Equal("k-123", r.ApiKey));
    }

    [Fact]
    public async Task Explains_a_plain_text_auth_failure()
    {
        _server.ApiKey = "right";

        var error = await Assert.ThrowsAsync<QdrantException>(() => Store(apiKey: "wrong").EnsureEmbedderAsync(Identity));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("Must provide an API key", error.Message, StringComparison.Ordinal);
        Assert.Contains("QDRANT_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Retries_server_errors_and_transport_failures_then_succeeds()
    {
        var store = await ReadyStoreAsync();
        _server.Enqueue(ScriptedReply.ServerError(503), ScriptedReply.Abort(), ScriptedReply.ServerError(500));
        var before = _server.Requests.Count;

        Assert.Equal(0, await store.CountAsync(new VectorFilter("t")));

        Assert.Equal(4, _server.Requests.Count - before);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries_with_qdrants_message()
    {
        var store = await ReadyStoreAsync(maxRetries: 2);
        _server.Enqueue(ScriptedReply.ServerError(503), ScriptedReply.ServerError(503), ScriptedReply.ServerError(503), ScriptedReply.ServerError(503));
        var before = _server.Requests.Count;

        var error = await Assert.ThrowsAsync<QdrantException>(() => store.CountAsync(new VectorFilter("t")));

        Assert.Equal(3, _server.Requests.Count - before);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("shard unavailable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "Wrong input: Vector dimension error: expected dim: 4, got 5")]
    [InlineData(422, "Validation error in JSON body: [limit: value 0 invalid, must be 1 or larger]")]
    [InlineData(429, "Too many requests")]
    public async Task Does_not_retry_client_errors(int status, string message)
    {
        var store = await ReadyStoreAsync();
        _server.Enqueue(ScriptedReply.ErrorJson(status, message));
        var before = _server.Requests.Count;

        var error = await Assert.ThrowsAsync<QdrantException>(() => store.CountAsync(new VectorFilter("t")));

        Assert.Equal(1, _server.Requests.Count - before);
        Assert.Equal(status, (int)error.StatusCode!);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_write_qdrant_did_not_apply_in_time()
    {
        var store = await ReadyStoreAsync();
        _server.Enqueue(new ScriptedReply(200, "application/json", """{"result":{"operation_id":7,"status":"wait_timeout"},"status":"ok","time":1.0}"""));

        var error = await Assert.ThrowsAsync<QdrantException>(() => store.UpsertAsync([Point("e1")]));

        Assert.Contains("wait_timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_insert_only_with_wait_and_deterministic_uuid_ids()
    {
        var store = await ReadyStoreAsync();
        await store.UpsertAsync([Point("e1")]);
        await store.UpsertAsync([Point("e1")]);

        var upserts = Requests("PUT", "/collections/events/points");
        Assert.All(upserts, r => Assert.Contains("wait=true", r.Query, StringComparison.Ordinal));
        var bodies = upserts.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.All(bodies, b => Assert.Equal("insert_only", b["update_mode"]!.GetValue<string>()));
        var ids = bodies.Select(b => b["points"]![0]!["id"]!.GetValue<string>()).Distinct().ToList();
        Assert.True(Guid.TryParse(Assert.Single(ids), out var id));
        Assert.Equal(5, id.Version);
    }

    [Fact]
    public async Task Puts_the_tenant_condition_on_every_read_and_delete()
    {
        var store = await ReadyStoreAsync();
        await store.UpsertAsync([Point("e1")]);
        await store.SearchAsync(new float[] { 1, 0, 0, 0 }, new VectorFilter("t", "u"), 3);
        await foreach (var _ in store.ScrollAsync(new VectorFilter("t")))
        {
        }

        await store.CountAsync(new VectorFilter("t", null, ["message_sent"]));
        await store.DeleteAsync(new VectorFilter("t", "u"));

        var filtered = _server.Requests.Where(r => r.Path.EndsWith("/query", StringComparison.Ordinal) || r.Path.EndsWith("/scroll", StringComparison.Ordinal)
            || r.Path.EndsWith("/count", StringComparison.Ordinal) || r.Path.EndsWith("/delete", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, filtered.Count);
        Assert.All(filtered, r =>
        {
            var must = JsonNode.Parse(r.Body)!["filter"]!["must"]!.AsArray();
            Assert.Contains(must, c => c!["key"]!.GetValue<string>() == "tenant" && c["match"]!["value"]!.GetValue<string>() == "t");
        });
    }

    [Fact]
    public async Task Refuses_a_collection_it_did_not_create()
    {
        _server.AddForeignCollection("events", 4);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store().EnsureEmbedderAsync(Identity));

        Assert.Contains("not created by GenGateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_unhealthy_when_qdrant_cannot_be_reached()
    {
        using var nowhere = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:1/") };
        var store = new QdrantVectorStore(nowhere, new QdrantOptions { Collection = "events", MaxRetries = 0 });

        var health = await store.CheckHealthAsync();

        Assert.False(health.Healthy);
        Assert.Contains("could not be reached", health.Detail, StringComparison.Ordinal);
    }

    private async Task<QdrantVectorStore> ReadyStoreAsync(int maxRetries = 3)
    {
        var store = Store(maxRetries: maxRetries);
        await store.EnsureEmbedderAsync(Identity);
        return store;
    }

    private QdrantVectorStore Store(string? apiKey = null, int maxRetries = 3) => new(_http, new QdrantOptions
    {
        Collection = "events",
        ApiKey = apiKey,
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    });

    private List<CapturedRequest> Requests(string method, string path) =>
        _server.Requests.Where(r => r.Method == method && r.Path == path).ToList();

    private JsonNode Body(string method, string path) => JsonNode.Parse(Requests(method, path).Single().Body)!;

    private static VectorPoint Point(string id) =>
        new("t", "u", id, "message_sent", new float[] { 1, 2, 3, 4 }, DateTimeOffset.UnixEpoch, new Dictionary<string, string>());
}
