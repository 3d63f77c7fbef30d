using BenchmarkDotNet.Attributes;
using GenGateway.Storage;
using GenGateway.Storage.Embedded;

namespace GenGateway.Benchmarks.Storage;

/// <summary>
/// The embedded store's search hot path: SIMD cosine over one user's packed vectors, top-k selection and reading the
/// k records back from the log. 200 users with 100 points each (dimension 384) in a temporary directory.
/// </summary>
[MemoryDiagnoser]
public class FilteredSearchBenchmarks
{
    private const int Users = 200;
    private const int PointsPerUser = 100;
    private const int Dimension = 384;

    private string _directory = null!;
    private EmbeddedVectorStore _store = null!;
    private float[] _query = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "gg-bdn-store-" + Guid.NewGuid().ToString("N"));
        _store = new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = _directory });
        _store.EnsureEmbedderAsync(new EmbedderIdentity("bench-random", Dimension)).GetAwaiter().GetResult();
        var random = new Random(1);
        var points = new List<VectorPoint>();
        for (var i = 0; i < Users * PointsPerUser; i++)
        {
            points.Add(new VectorPoint("bench", $"user-{i % Users}", $"e{i}", i % 3 == 0 ? "email_opened" : "message_sent", Vector(random),
                DateTimeOffset.UnixEpoch.AddMinutes(i), new Dictionary<string, string> { ["text"] = "a typical short message body of about eighty characters, as users write" }));
        }

        foreach (var chunk in points.Chunk(1000))
        {
            _store.UpsertAsync(chunk).GetAwaiter().GetResult();
        }

        _query = Vector(random);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "tenant+user top-10 (100 points)")]
    public Task<IReadOnlyList<VectorMatch>> UserTop10() =>
        _store.SearchAsync(_query, new VectorFilter("bench", $"user-{_next++ % Users}"), 10);

    [Benchmark(Description = "tenant+user+kind top-10")]
    public Task<IReadOnlyList<VectorMatch>> UserKindTop10() =>
        _store.SearchAsync(_query, new VectorFilter("bench", $"user-{_next++ % Users}", ["email_opened"]), 10);

    [Benchmark(Description = "tenant-wide top-10 (20,000 points)")]
    public Task<IReadOnlyList<VectorMatch>> TenantTop10() =>
        _store.SearchAsync(_query, new VectorFilter("bench"), 10);

    private static float[] Vector(Random random) =>
        Enumerable.Range(0, Dimension).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
}
