using GenGateway.Storage.Embeddings;

namespace GenGateway.Storage.Tests.Conformance;

/// <summary>
/// The behaviour every <see cref="IVectorStore"/> backend must have. Each backend's test class supplies the store;
/// every case uses its own tenant so a shared real Qdrant cannot leak state between cases.
/// </summary>
public abstract class VectorStoreConformanceTests : IAsyncLifetime
{
    protected const int Dimension = 64;

    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(1));

    private readonly HashingEmbeddingGenerator _embedder = new(Dimension);

    protected string Tenant { get; } = "t-" + Guid.NewGuid().ToString("N")[..8];

    protected IVectorStore Store { get; private set; } = null!;

    protected static EmbedderIdentity Identity => new(HashingEmbeddingGenerator.ModelName, Dimension);

    /// <summary>Creates a store over fresh, empty storage.</summary>
    protected abstract Task<IVectorStore> CreateStoreAsync();

    /// <summary>Closes the current store and opens a new instance over the same storage.</summary>
    protected abstract Task<IVectorStore> ReopenStoreAsync();

    /// <summary>Releases the storage.</summary>
    protected abstract Task CleanupAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.EnsureEmbedderAsync(Identity);
    }

    public Task DisposeAsync() => CleanupAsync();

    [Fact]
    public async Task Counts_points_by_tenant_user_and_kind()
    {
        await Store.UpsertAsync([
            Point("alice", "e1", "message_sent", "lunch on friday?"),
            Point("alice", "e2", "message_sent", "see you at the standup"),
            Point("alice", "e3", "email_opened", "Winter sale"),
            Point("bob", "e1", "message_sent", "quarterly numbers attached"),
        ]);

        Assert.Equal(4, await Store.CountAsync(new VectorFilter(Tenant)));
        Assert.Equal(3, await Store.CountAsync(new VectorFilter(Tenant, "alice")));
        Assert.Equal(2, await Store.CountAsync(new VectorFilter(Tenant, "alice", ["message_sent"])));
        Assert.Equal(3, await Store.CountAsync(new VectorFilter(Tenant, null, ["message_sent"])));
        Assert.Equal(0, await Store.CountAsync(new VectorFilter(Tenant, "carol")));
    }

    [Fact]
    public async Task Keeps_the_first_version_when_a_key_is_stored_again()
    {
        await Store.UpsertAsync([Point("alice", "e1", "message_sent", "original text")]);
        await Store.UpsertAsync([Point("alice", "e1", "message_received", "replayed with other text")]);

        var stored = Assert.Single(await ScrollAsync(new VectorFilter(Tenant, "alice")));
        Assert.Equal("original text", stored.Payload["text"]);
        Assert.Equal("message_sent", stored.Kind);
    }

    [Fact]
    public async Task Stores_one_point_when_a_batch_repeats_a_key()
    {
        await Store.UpsertAsync([Point("alice", "e1", "message_sent", "first"), Point("alice", "e1", "message_sent", "second")]);

        Assert.Equal(1, await Store.CountAsync(new VectorFilter(Tenant, "alice")));
    }

    [Fact]
    public async Task Reports_existing_ids_only_for_the_same_tenant_and_user()
    {
        await Store.UpsertAsync([Point("alice", "e1", "message_sent", "a"), Point("alice", "e2", "message_sent", "b"), Point("bob", "e3", "message_sent", "c")]);

        var existing = await Store.GetExistingIdsAsync(Tenant, "alice", ["e1", "e3", "e9"]);

        Assert.Equal(["e1"], existing.Order());
        Assert.Empty(await Store.GetExistingIdsAsync("other-" + Tenant, "alice", ["e1", "e2"]));
    }

    [Fact]
    public async Task Finds_the_most_similar_of_the_users_points_best_first()
    {
        await Store.UpsertAsync([
            Point("alice", "e1", "message_sent", "can we move the budget review to thursday"),
            Point("alice", "e2", "message_sent", "thanks for the birthday cake it was delicious"),
            Point("alice", "e3", "message_sent", "the budget review slides are ready"),
            Point("bob", "e4", "message_sent", "budget review budget review thursday"),
        ]);

        var matches = await Store.SearchAsync(Embed("budget review on thursday"), new VectorFilter(Tenant, "alice"), 2);

        Assert.Equal(["e1", "e3"], matches.Select(m => m.Point.Id));
        Assert.All(matches, m => Assert.Equal("alice", m.Point.UserId));
        Assert.True(matches[0].Score >= matches[1].Score);
        var expected = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(Embed("budget review on thursday").Span, Embed("can we move the budget review to thursday").Span);
        Assert.Equal(expected, matches[0].Score, 3);
    }

    [Fact]
    public async Task Searches_only_the_requested_kinds()
    {
        await Store.UpsertAsync([
            Point("alice", "e1", "message_sent", "winter coats sale"),
            Point("alice", "e2", "email_clicked", "winter coats sale now on"),
        ]);

        var matches = await Store.SearchAsync(Embed("winter coats"), new VectorFilter(Tenant, "alice", ["email_clicked"]), 10);

        Assert.Equal(["e2"], matches.Select(m => m.Point.Id));
    }

    [Fact]
    public async Task Never_returns_another_tenants_points()
    {
        var otherTenant = "x" + Tenant;
        await Store.UpsertAsync([
            Point("alice", "e1", "message_sent", "shared words here"),
            Point("alice", "e2", "message_sent", "shared words here too") with { Tenant = otherTenant },
        ]);

        var all = await Store.SearchAsync(Embed("shared words"), new VectorFilter(Tenant), 10);
        var scrolled = await ScrollAsync(new VectorFilter(Tenant, "alice"));

        Assert.Equal(["e1"], all.Select(m => m.Point.Id));
        Assert.Equal(["e1"], scrolled.Select(p => p.Id));
        await Store.DeleteAsync(new VectorFilter(otherTenant));
    }

    [Fact]
    public async Task Returns_nothing_for_a_user_without_points()
    {
        await Store.UpsertAsync([Point("alice", "e1", "message_sent", "hello")]);

        Assert.Empty(await Store.SearchAsync(Embed("hello"), new VectorFilter(Tenant, "nobody"), 5));
        Assert.Empty(await ScrollAsync(new VectorFilter(Tenant, "nobody")));
    }

    [Fact]
    public async Task Scrolls_every_point_oldest_first_with_its_fields()
    {
        var points = Enumerable.Range(0, 23)
            .Select(i => Point("alice", $"e{i:00}", i % 2 == 0 ? "message_sent" : "message_received", $"message number {i}", minutes: (i * 7) % 23))
            .ToList();
        await Store.UpsertAsync(points);

        var scrolled = await ScrollAsync(new VectorFilter(Tenant, "alice"));

        Assert.Equal(points.OrderBy(p => p.OccurredAt).Select(p => p.Id), scrolled.Select(p => p.Id));
        var original = points.Single(p => p.Id == "e05");
        var back = scrolled.Single(p => p.Id == "e05");
        Assert.Equal((original.Tenant, original.UserId, original.Kind), (back.Tenant, back.UserId, back.Kind));
        Assert.Equal(original.OccurredAt, back.OccurredAt);
        Assert.Equal(original.Payload.OrderBy(kv => kv.Key), back.Payload.OrderBy(kv => kv.Key));
        Assert.Equal(1f, System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(original.Vector.Span, back.Vector.Span), 4);
    }

    [Fact]
    public async Task Deletes_a_user_durably_and_reports_how_many()
    {
        await Store.UpsertAsync([
            Point("alice", "e1", "message_sent", "one"),
            Point("alice", "e2", "message_sent", "two"),
            Point("bob", "e1", "message_sent", "three"),
        ]);

        var deleted = await Store.DeleteAsync(new VectorFilter(Tenant, "alice"));
        Store = await ReopenStoreAsync();
        await Store.EnsureEmbedderAsync(Identity);

        Assert.Equal(2, deleted);
        Assert.Empty(await ScrollAsync(new VectorFilter(Tenant, "alice")));
        Assert.Empty(await Store.GetExistingIdsAsync(Tenant, "alice", ["e1", "e2"]));
        Assert.Equal(1, await Store.CountAsync(new VectorFilter(Tenant, "bob")));
        Assert.Equal(0, await Store.DeleteAsync(new VectorFilter(Tenant, "alice")));
    }

    [Fact]
    public async Task Deletes_only_the_requested_kinds()
    {
        await Store.UpsertAsync([Point("alice", "e1", "message_sent", "one"), Point("alice", "e2", "email_opened", "two")]);

        Assert.Equal(1, await Store.DeleteAsync(new VectorFilter(Tenant, "alice", ["email_opened"])));

        Assert.Equal(["e1"], (await ScrollAsync(new VectorFilter(Tenant, "alice"))).Select(p => p.Id));
    }

    [Fact]
    public async Task Accepts_a_deleted_key_again()
    {
        await Store.UpsertAsync([Point("alice", "e1", "message_sent", "before")]);
        await Store.DeleteAsync(new VectorFilter(Tenant, "alice"));
        await Store.UpsertAsync([Point("alice", "e1", "message_sent", "after")]);

        Assert.Equal("after", Assert.Single(await ScrollAsync(new VectorFilter(Tenant, "alice"))).Payload["text"]);
    }

    [Fact]
    public async Task Keeps_points_across_reopening()
    {
        await Store.UpsertAsync([Point("alice", "e1", "message_sent", "durable")]);

        Store = await ReopenStoreAsync();
        await Store.EnsureEmbedderAsync(Identity);

        Assert.Equal(["e1"], (await Store.GetExistingIdsAsync(Tenant, "alice", ["e1"])).ToArray());
        Assert.Equal("durable", Assert.Single(await Store.SearchAsync(Embed("durable"), new VectorFilter(Tenant, "alice"), 3)).Point.Payload["text"]);
    }

    [Fact]
    public async Task Refuses_a_different_embedder_naming_both()
    {
        var other = new EmbedderIdentity("openai:text-embedding-3-small", 1536);

        var error = await Assert.ThrowsAsync<EmbedderMismatchException>(() => Store.EnsureEmbedderAsync(other));

        Assert.Contains("hashing-v1", error.Message, StringComparison.Ordinal);
        Assert.Contains("openai:text-embedding-3-small", error.Message, StringComparison.Ordinal);
        Assert.Contains("start over", error.Message, StringComparison.Ordinal);
        Assert.Equal(Identity, error.Stored);
    }

    [Fact]
    public async Task Accepts_the_same_embedder_again()
    {
        await Store.EnsureEmbedderAsync(Identity);

        Store = await ReopenStoreAsync();
        await Store.EnsureEmbedderAsync(Identity);
    }

    [Fact]
    public async Task Rejects_a_vector_of_the_wrong_dimension()
    {
        var point = Point("alice", "e1", "message_sent", "x") with { Vector = new float[Dimension + 1] };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.UpsertAsync([point]));
        Assert.Equal(0, await Store.CountAsync(new VectorFilter(Tenant)));
    }

    [Fact]
    public async Task Reports_healthy()
    {
        var health = await Store.CheckHealthAsync();

        Assert.True(health.Healthy, health.Detail);
    }

    protected VectorPoint Point(string user, string id, string kind, string text, int minutes = 0) =>
        new(Tenant, user, id, kind, Embed(text), Start.AddMinutes(minutes),
            new Dictionary<string, string> { ["text"] = text, ["subject"] = "re: " + id, ["metadata.channel"] = "mail" });

    protected ReadOnlyMemory<float> Embed(string text) => _embedder.Embed(text);

    protected async Task<List<VectorPoint>> ScrollAsync(VectorFilter filter)
    {
        var points = new List<VectorPoint>();
        await foreach (var point in Store.ScrollAsync(filter))
        {
            points.Add(point);
        }

        return points;
    }
}
