using GenGateway.Resilience.Pipelines;
using GenGateway.Storage.Qdrant;
using GenGateway.TestSupport.Qdrant;
using Grpc.Core;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace GenGateway.Storage.Tests.Qdrant;

/// <summary>What the Qdrant store sends through Qdrant.Client: collection set-up, api key, retries, errors, ids and filters.</summary>
public sealed class QdrantStoreBehaviourTests : IAsyncLifetime
{
    private static readonly EmbedderIdentity Identity = new("hashing-v1", 4);
    private readonly List<QdrantClient> _clients = [];
    private FakeQdrant _server = null!;

    public async Task InitializeAsync() => _server = await FakeQdrant.StartAsync();

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Creates_the_collection_with_cosine_the_embedder_and_a_tenant_index()
    {
        await Store().EnsureEmbedderAsync(Identity);

        var create = Assert.Single(_server.Requests<CreateCollection>("qdrant.Collections/Create"));
        Assert.Equal(4ul, create.VectorsConfig.Params.Size);
        Assert.Equal(Distance.Cosine, create.VectorsConfig.Params.Distance);
        Assert.Equal("hashing-v1", create.Metadata["gengateway_embedder"].StructValue.Fields["name"].StringValue);
        var indexes = _server.Requests<CreateFieldIndexCollection>("qdrant.Points/CreateFieldIndex");
        Assert.Equal(["kind", "tenant", "user_id"], indexes.Select(i => i.FieldName).Order());
        Assert.All(indexes, i => Assert.Equal(FieldType.Keyword, i.FieldType));
        Assert.True(indexes.Single(i => i.FieldName == "tenant").FieldIndexParams.KeywordIndexParams.IsTenant);
        Assert.All(indexes, i => Assert.True(i.Wait));
    }

    [Fact]
    public async Task Does_not_recreate_indexes_that_exist()
    {
        await Store().EnsureEmbedderAsync(Identity);
        var before = _server.Requests<CreateFieldIndexCollection>("qdrant.Points/CreateFieldIndex").Count;

        await Store().EnsureEmbedderAsync(Identity);

        Assert.Equal(before, _server.Requests<CreateFieldIndexCollection>("qdrant.Points/CreateFieldIndex").Count);
    }

    [Fact]
    public async Task Sends_the_api_key_on_every_call()
    {
        _server.ApiKey = "k-123";
        var store = Store(apiKey: "k-123");
        await store.EnsureEmbedderAsync(Identity);
        await store.CountAsync(new VectorFilter("t"));

        Assert.All(_server.Calls, c => Assert.Equal("k-123", c.ApiKey));
    }

    [Fact]
    public async Task Explains_an_auth_failure_without_retrying_it()
    {
        _server.ApiKey = "right";

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() => Store(apiKey: "wrong").EnsureEmbedderAsync(Identity));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("Invalid API key", error.Message, StringComparison.Ordinal);
        Assert.Contains("QDRANT_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Calls);
    }

    [Fact]
    public async Task Retries_transient_failures_then_succeeds()
    {
        var store = await ReadyStoreAsync();
        _server.FailNext(StatusCode.Unavailable, StatusCode.Internal, StatusCode.Aborted);
        var before = _server.Calls.Count;

        Assert.Equal(0, await store.CountAsync(new VectorFilter("t")));

        Assert.Equal(4, _server.Calls.Count - before);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries_with_qdrants_status()
    {
        var store = await ReadyStoreAsync(maxRetries: 2);
        _server.FailNext(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);
        var before = _server.Calls.Count;

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() => store.CountAsync(new VectorFilter("t")));

        Assert.Equal(3, _server.Calls.Count - before);
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Contains("6334", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.FailedPrecondition)]
    public async Task Does_not_retry_a_rejected_request(StatusCode status)
    {
        var store = await ReadyStoreAsync();
        _server.FailNext(status);
        var before = _server.Calls.Count;

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() => store.CountAsync(new VectorFilter("t")));

        Assert.Equal(1, _server.Calls.Count - before);
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task Writes_insert_only_with_wait_and_deterministic_uuid_ids()
    {
        var store = await ReadyStoreAsync();
        await store.UpsertAsync([Point("e1")]);
        await store.UpsertAsync([Point("e1")]);

        var upserts = _server.Requests<UpsertPoints>("qdrant.Points/Upsert");
        Assert.Equal(2, upserts.Count);
        Assert.All(upserts, u => Assert.True(u.Wait));
        Assert.All(upserts, u => Assert.Equal(UpdateMode.InsertOnly, u.UpdateMode));
        var id = Assert.Single(upserts.Select(u => u.Points[0].Id.Uuid).Distinct());
        Assert.Equal(5, Guid.Parse(id).Version);
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

        var filters = _server.Requests<QueryPoints>("qdrant.Points/Query").Select(q => q.Filter)
            .Concat(_server.Requests<ScrollPoints>("qdrant.Points/Scroll").Select(s => s.Filter))
            .Concat(_server.Requests<CountPoints>("qdrant.Points/Count").Select(c => c.Filter))
            .Concat(_server.Requests<DeletePoints>("qdrant.Points/Delete").Select(d => d.Points.Filter))
            .ToList();
        Assert.Equal(5, filters.Count);
        Assert.All(filters, f => Assert.Contains(f.Must, c => c.Field.Key == "tenant" && c.Field.Match.Keyword == "t"));
        Assert.All(_server.Requests<DeletePoints>("qdrant.Points/Delete"), d => Assert.True(d.Wait));
    }

    [Fact]
    public async Task Refuses_a_collection_it_did_not_create()
    {
        _server.AddForeignCollection("events", 4);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store().EnsureEmbedderAsync(Identity));

        Assert.Contains("not created by GenGateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_collection_of_another_embedder_naming_both()
    {
        await Store().EnsureEmbedderAsync(Identity);

        var error = await Assert.ThrowsAsync<EmbedderMismatchException>(() => Store().EnsureEmbedderAsync(new EmbedderIdentity("minilm-l6-v2", 384)));

        Assert.Equal(Identity, error.Stored);
        Assert.Contains("Qdrant collection 'events'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_unhealthy_when_qdrant_cannot_be_reached()
    {
        var options = new QdrantOptions { Url = new Uri("http://127.0.0.1:1"), Collection = "events", MaxRetries = 0 };
        var client = QdrantConnection.CreateClient(options);
        _clients.Add(client);
        var store = new QdrantVectorStore(client, options, QdrantResilience.CreatePipeline(options, new OutboundPipelineFactory(TimeProvider.System)));

        var health = await store.CheckHealthAsync();

        Assert.False(health.Healthy);
        Assert.Contains("Unavailable", health.Detail, StringComparison.Ordinal);
    }

    private async Task<QdrantVectorStore> ReadyStoreAsync(int maxRetries = 3)
    {
        var store = Store(maxRetries: maxRetries);
        await store.EnsureEmbedderAsync(Identity);
        return store;
    }

    private QdrantVectorStore Store(string? apiKey = null, int maxRetries = 3)
    {
        var options = new QdrantOptions { Url = _server.Url, Collection = "events", ApiKey = apiKey, MaxRetries = maxRetries, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        var client = QdrantConnection.CreateClient(options);
        _clients.Add(client);
        return new QdrantVectorStore(client, options, QdrantResilience.CreatePipeline(options, new OutboundPipelineFactory(TimeProvider.System)));
    }

    private static VectorPoint Point(string id) =>
        new("t", "u", id, "message_sent", new float[] { 1, 2, 3, 4 }, DateTimeOffset.UnixEpoch, new Dictionary<string, string>());
}
