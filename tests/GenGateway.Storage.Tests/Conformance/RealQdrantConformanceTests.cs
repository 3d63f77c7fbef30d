using GenGateway.Resilience.Pipelines;
using GenGateway.Storage.Qdrant;
using Qdrant.Client;

namespace GenGateway.Storage.Tests.Conformance;

/// <summary>
/// The conformance suite against a real Qdrant's gRPC port at <c>QDRANT_URL</c> (optional <c>QDRANT_API_KEY</c>), one
/// throw-away collection per case. Run with <c>scripts/qdrant/test-real.sh</c>; fails, never skips, when <c>QDRANT_URL</c> is unset.
/// </summary>
[Trait("Category", "RealQdrant")]
public sealed class RealQdrantConformanceTests : VectorStoreConformanceTests
{
    private readonly string _collection = "gg_conformance_" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<QdrantClient> _clients = [];

    protected override Task<IVectorStore> CreateStoreAsync() => Task.FromResult<IVectorStore>(NewStore());

    protected override Task<IVectorStore> ReopenStoreAsync() => Task.FromResult<IVectorStore>(NewStore());

    protected override async Task CleanupAsync()
    {
        if (_clients.Count > 0)
        {
            await _clients[0].DeleteCollectionAsync(_collection);
        }

        _clients.ForEach(c => c.Dispose());
    }

    /// <summary>Settings for a real Qdrant from the environment; throws (so the test fails) when <c>QDRANT_URL</c> is missing.</summary>
    internal static QdrantOptions OptionsFromEnvironment(string collection)
    {
        var url = Environment.GetEnvironmentVariable("QDRANT_URL");
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new InvalidOperationException("RealQdrant tests need QDRANT_URL, Qdrant's gRPC endpoint (e.g. http://localhost:6334); run scripts/qdrant/test-real.sh.");
        }

        return new QdrantOptions
        {
            Url = new Uri(url),
            ApiKey = Environment.GetEnvironmentVariable("QDRANT_API_KEY"),
            Collection = collection,
            UsersCollection = collection + "_users",
            ScrollPageSize = 5,
            UpsertBatchSize = 7,
        };
    }

    private QdrantVectorStore NewStore()
    {
        var options = OptionsFromEnvironment(_collection);
        var client = QdrantConnection.CreateClient(options);
        _clients.Add(client);
        return new QdrantVectorStore(client, options, QdrantResilience.CreatePipeline(options, new OutboundPipelineFactory(TimeProvider.System)));
    }
}
