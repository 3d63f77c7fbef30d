using GenGateway.Resilience.Pipelines;
using GenGateway.Storage.Qdrant;
using GenGateway.TestSupport.Qdrant;
using Qdrant.Client;

namespace GenGateway.Storage.Tests.Conformance;

/// <summary>The conformance suite against the Qdrant store, through Qdrant.Client, talking gRPC to the in-process fake Qdrant.</summary>
public sealed class FakeQdrantConformanceTests : VectorStoreConformanceTests
{
    private FakeQdrant? _server;
    private readonly List<QdrantClient> _clients = [];

    protected override async Task<IVectorStore> CreateStoreAsync()
    {
        _server = await FakeQdrant.StartAsync();
        _server.ApiKey = "secret";
        return NewStore();
    }

    protected override Task<IVectorStore> ReopenStoreAsync() => Task.FromResult<IVectorStore>(NewStore());

    protected override async Task CleanupAsync()
    {
        _clients.ForEach(c => c.Dispose());
        if (_server is not null)
        {
            // Whatever the case did, every write it sent waited for Qdrant to apply it.
            Assert.All(_server.Requests<global::Qdrant.Client.Grpc.UpsertPoints>("qdrant.Points/Upsert"), r => Assert.True(r.Wait));
            Assert.All(_server.Requests<global::Qdrant.Client.Grpc.DeletePoints>("qdrant.Points/Delete"), r => Assert.True(r.Wait));
            await _server.DisposeAsync();
        }
    }

    private QdrantVectorStore NewStore()
    {
        // A small page size makes the scroll case cross several pages.
        var options = new QdrantOptions { Url = _server!.Url, ApiKey = "secret", Collection = "conformance", ScrollPageSize = 5, UpsertBatchSize = 7 };
        var client = QdrantConnection.CreateClient(options);
        _clients.Add(client);
        return new QdrantVectorStore(client, options, QdrantResilience.CreatePipeline(options, new OutboundPipelineFactory(TimeProvider.System)));
    }
}
