using GenGateway.Storage.Qdrant;
using GenGateway.Storage.Tests.Fakes;

namespace GenGateway.Storage.Tests.Contract;

/// <summary>
/// Drives every call the Qdrant store can make against the loopback fake once, and keeps what went over the wire.
/// It needs no spec; the tests that use it validate the captured traffic against the spec.
/// </summary>
public sealed class QdrantContractScenario : IAsyncLifetime
{
    public IReadOnlyList<CapturedExchange> Exchanges { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await using var server = await FakeQdrantServer.StartAsync();
        server.ApiKey = "contract-key";
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        var store = new QdrantVectorStore(http, new QdrantOptions { ApiKey = "contract-key", Collection = "contract", ScrollPageSize = 2, UpsertBatchSize = 2 });
        var identity = new EmbedderIdentity("hashing-v1", 3);
        await store.CheckHealthAsync();
        await store.EnsureEmbedderAsync(identity);
        var points = Enumerable.Range(0, 5).Select(i => new VectorPoint(
            "acme", i < 3 ? "alice" : "bob", $"e{i}", i % 2 == 0 ? "message_sent" : "email_opened",
            new float[] { 1 + i, 2, 3 - i }, DateTimeOffset.UnixEpoch.AddHours(i),
            new Dictionary<string, string> { ["text"] = $"text {i}", ["subject"] = "s" })).ToList();
        await store.UpsertAsync(points);
        await store.GetExistingIdsAsync("acme", "alice", ["e0", "e1", "missing"]);
        await store.SearchAsync(new float[] { 1, 2, 3 }, new VectorFilter("acme", "alice"), 3);
        await store.SearchAsync(new float[] { 1, 2, 3 }, new VectorFilter("acme", null, ["message_sent", "email_opened"]), 10);
        await foreach (var _ in store.ScrollAsync(new VectorFilter("acme", "alice")))
        {
        }

        await store.CountAsync(new VectorFilter("acme", "bob", ["message_sent"]));
        await store.DeleteAsync(new VectorFilter("acme", "alice", ["email_opened"]));
        await store.DeleteAsync(new VectorFilter("acme", "bob"));
        await store.CheckHealthAsync();
        Exchanges = server.Exchanges.ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
