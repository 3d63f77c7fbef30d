using GenGateway.Resilience.Pipelines;
using GenGateway.Storage.Qdrant;
using GenGateway.TestSupport.Qdrant;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace GenGateway.Storage.Tests.Qdrant;

/// <summary>The per-user document store on Qdrant.Client against the fake: two stores over two clients stand for two replicas.</summary>
public sealed class QdrantUserDocumentStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly List<QdrantClient> _clients = [];
    private FakeQdrant _server = null!;

    public async Task InitializeAsync() => _server = await FakeQdrant.StartAsync();

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task What_one_replica_puts_the_other_reads_and_a_put_replaces()
    {
        var (a, b) = (Store(), Store());

        await a.PutAsync(new UserDocument("t", "ann", "consent", "", """{"personalization":true}""", At));
        await b.PutAsync(new UserDocument("t", "ann", "consent", "", """{"personalization":false}""", At.AddMinutes(1)));

        var read = await a.GetAsync("t", "ann", "consent", "");
        Assert.Equal("""{"personalization":false}""", read!.Json);
        Assert.Equal(At.AddMinutes(1), read.UpdatedAt);
        Assert.Null(await b.GetAsync("other-tenant", "ann", "consent", ""));
        Assert.Single(_server.Collection("users")!.Points);
        Assert.All(_server.Requests<UpsertPoints>("qdrant.Points/Upsert"), u => Assert.True(u.Wait));
    }

    [Fact]
    public async Task Lists_one_kind_oldest_first_and_deletes_by_kind_or_whole_user()
    {
        var store = Store();
        await store.PutAsync(new UserDocument("t", "ann", "feedback", "r2", "{}", At.AddMinutes(2)));
        await store.PutAsync(new UserDocument("t", "ann", "feedback", "r1", "{}", At.AddMinutes(1)));
        await store.PutAsync(new UserDocument("t", "ann", "profile", "", "{}", At));
        await store.PutAsync(new UserDocument("t", "bob", "feedback", "r3", "{}", At));

        Assert.Equal(["r1", "r2"], (await store.ListAsync("t", "ann", "feedback")).Select(d => d.Key));
        Assert.Equal(2, await store.DeleteAsync("t", "ann", "feedback"));
        Assert.NotNull(await store.GetAsync("t", "ann", "profile", ""));
        Assert.Equal(1, await store.DeleteAsync("t", "ann"));
        Assert.Equal(0, await store.DeleteAsync("t", "ann"));

        Assert.Single(await store.ListAsync("t", "bob", "feedback"));
        Assert.All(_server.Requests<DeletePoints>("qdrant.Points/Delete"), d => Assert.True(d.Wait));
    }

    [Fact]
    public async Task Add_or_get_keeps_the_first_document_for_every_replica()
    {
        var (a, b) = (Store(), Store());

        var first = await a.AddOrGetAsync(new UserDocument("", "", "privacy-secret", "", """{"secret":"first"}""", At));
        var second = await b.AddOrGetAsync(new UserDocument("", "", "privacy-secret", "", """{"secret":"second"}""", At.AddSeconds(1)));

        Assert.Equal("""{"secret":"first"}""", first.Json);
        Assert.Equal("""{"secret":"first"}""", second.Json);
        Assert.All(_server.Requests<UpsertPoints>("qdrant.Points/Upsert"), u => Assert.Equal(UpdateMode.InsertOnly, u.UpdateMode));
    }

    [Fact]
    public async Task Refuses_a_collection_that_is_not_a_document_collection()
    {
        _server.AddForeignCollection("users", 384);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store().GetAsync("t", "ann", "consent", ""));

        Assert.Contains("UsersCollection", error.Message, StringComparison.Ordinal);
    }

    private QdrantUserDocumentStore Store()
    {
        var options = new QdrantOptions { Url = _server.Url, Collection = "events", UsersCollection = "users", RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        var client = QdrantConnection.CreateClient(options);
        _clients.Add(client);
        return new QdrantUserDocumentStore(client, options, QdrantResilience.CreatePipeline(options, new OutboundPipelineFactory(TimeProvider.System)));
    }
}
