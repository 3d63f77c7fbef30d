using GenGateway.Storage.Qdrant;
using GenGateway.Storage.Tests.Fakes;

namespace GenGateway.Storage.Tests.Conformance;

/// <summary>The conformance suite against the Qdrant store talking to a loopback fake Qdrant.</summary>
public sealed class FakeQdrantConformanceTests : VectorStoreConformanceTests
{
    private FakeQdrantServer? _server;
    private readonly List<HttpClient> _clients = [];

    protected override async Task<IVectorStore> CreateStoreAsync()
    {
        _server = await FakeQdrantServer.StartAsync();
        _server.ApiKey = "secret";
        return NewStore();
    }

    protected override Task<IVectorStore> ReopenStoreAsync() => Task.FromResult<IVectorStore>(NewStore());

    protected override async Task CleanupAsync()
    {
        _clients.ForEach(c => c.Dispose());
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private QdrantVectorStore NewStore()
    {
        var http = new HttpClient { BaseAddress = _server!.BaseUrl };
        _clients.Add(http);

        // A small page size makes the scroll case cross several pages.
        return new QdrantVectorStore(http, new QdrantOptions { Url = _server.BaseUrl, ApiKey = "secret", Collection = "conformance", ScrollPageSize = 5, UpsertBatchSize = 7 });
    }
}
