using GenGateway.TestSupport.Qdrant;
using Grpc.Core;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace GenGateway.Storage.Tests.Qdrant;

/// <summary>The fake refuses what a real Qdrant refuses, so a store test cannot pass on a call Qdrant would reject.</summary>
public sealed class FakeQdrantRefusalTests : IAsyncLifetime
{
    private FakeQdrant _server = null!;
    private QdrantClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQdrant.StartAsync();
        _client = _server.CreateClient();
        await _client.CreateCollectionAsync("c", new VectorParams { Size = 3, Distance = Distance.Cosine });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Refuses_a_vector_of_the_wrong_size()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.UpsertAsync("c", [new PointStruct { Id = 1ul, Vectors = new float[] { 1, 2 } }]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("expected dim: 3, got 2", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(0ul, await _client.CountAsync("c"));
    }

    [Fact]
    public async Task Refuses_a_point_id_that_is_neither_an_integer_nor_a_uuid()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.UpsertAsync("c", [new PointStruct { Id = new PointId { Uuid = "event-1" }, Vectors = new float[] { 1, 2, 3 } }]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("event-1", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_an_unknown_collection()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CountAsync("missing"));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Refuses_to_create_a_collection_twice()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CreateCollectionAsync("c", new VectorParams { Size = 3, Distance = Distance.Cosine }));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_call_without_the_api_key()
    {
        _server.ApiKey = "k";

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CountAsync("c"));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }
}
