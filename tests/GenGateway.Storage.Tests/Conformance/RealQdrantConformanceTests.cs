using GenGateway.Storage.Qdrant;

namespace GenGateway.Storage.Tests.Conformance;

/// <summary>
/// The conformance suite against a real Qdrant at <c>QDRANT_URL</c> (optional <c>QDRANT_API_KEY</c>), one throw-away
/// collection per case. Run with <c>scripts/qdrant/test-real.sh</c>; fails, never skips, when <c>QDRANT_URL</c> is unset.
/// </summary>
[Trait("Category", "RealQdrant")]
public sealed class RealQdrantConformanceTests : VectorStoreConformanceTests
{
    private readonly string _collection = "gg_conformance_" + Guid.NewGuid().ToString("N")[..12];
    private HttpClient? _http;

    protected override Task<IVectorStore> CreateStoreAsync()
    {
        var url = Environment.GetEnvironmentVariable("QDRANT_URL");
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new InvalidOperationException("RealQdrant tests need QDRANT_URL (e.g. http://localhost:6333); run scripts/qdrant/test-real.sh.");
        }

        _http = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/") };
        return Task.FromResult<IVectorStore>(NewStore());
    }

    protected override Task<IVectorStore> ReopenStoreAsync() => Task.FromResult<IVectorStore>(NewStore());

    protected override async Task CleanupAsync()
    {
        if (_http is null)
        {
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Delete, "collections/" + _collection);
        if (Environment.GetEnvironmentVariable("QDRANT_API_KEY") is { Length: > 0 } key)
        {
            request.Headers.Add("api-key", key);
        }

        using var response = await _http.SendAsync(request);
        _http.Dispose();
    }

    private QdrantVectorStore NewStore() => new QdrantVectorStore(_http!, new QdrantOptions
    {
        Url = _http!.BaseAddress,
        ApiKey = Environment.GetEnvironmentVariable("QDRANT_API_KEY"),
        Collection = _collection,
        ScrollPageSize = 5,
        UpsertBatchSize = 7,
    });
}
