using GenGateway.Storage.Embedded;

namespace GenGateway.Storage.Tests.Embedded;

public sealed class EmbeddedStoreDurabilityTests : IDisposable
{
    private static readonly EmbedderIdentity Identity = new("hashing-v1", 8);
    private readonly TempStoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Cuts_a_half_written_last_record_and_keeps_every_earlier_one()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("e1")]);
            await store.UpsertAsync([Point("e2")]);
            await store.UpsertAsync([Point("e3")]);
        }

        // A crash in the middle of the third append: only part of its frame reached the disk.
        var full = new FileInfo(_directory.LogPath).Length;
        using (var log = new FileStream(_directory.LogPath, FileMode.Open))
        {
            log.SetLength(full - 5);
        }

        using (var reopened = Open())
        {
            Assert.Equal(["e1", "e2"], (await reopened.GetExistingIdsAsync("t", "u", ["e1", "e2", "e3"])).Order());
            await reopened.UpsertAsync([Point("e4")]);
        }

        var torn = Assert.Single(Directory.GetFiles(_directory.Path, "points.log.torn-*"));
        Assert.True(new FileInfo(torn).Length > 0);
        using var again = Open();
        Assert.Equal(["e1", "e2", "e4"], (await again.GetExistingIdsAsync("t", "u", ["e1", "e2", "e3", "e4"])).Order());
    }

    [Fact]
    public async Task Cuts_a_last_record_whose_checksum_fails()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("e1")]);
            await store.UpsertAsync([Point("e2")]);
        }

        using (var log = new FileStream(_directory.LogPath, FileMode.Open))
        {
            log.Seek(-3, SeekOrigin.End);
            log.WriteByte(0xFF);
        }

        using var reopened = Open();
        Assert.Equal(["e1"], (await reopened.GetExistingIdsAsync("t", "u", ["e1", "e2"])).Order());
    }

    [Fact]
    public async Task Cuts_garbage_appended_after_the_last_record()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("e1")]);
        }

        var before = new FileInfo(_directory.LogPath).Length;
        await File.AppendAllTextAsync(_directory.LogPath, "\u0001\u0002garbage");

        using var reopened = Open();
        Assert.Equal(1, await reopened.CountAsync(new VectorFilter("t")));
        Assert.Equal(before, new FileInfo(_directory.LogPath).Length);
    }

    [Fact]
    public async Task Has_an_acknowledged_write_on_disk_before_the_process_closes_anything()
    {
        var store = Open();
        await store.EnsureEmbedderAsync(Identity);
        await store.UpsertAsync([Point("e1"), Point("e2")]);

        // Like kill -9: the store is never disposed. A copy of its files must already hold both points.
        using var copy = new TempStoreDirectory();
        Directory.CreateDirectory(copy.Path);
        foreach (var file in new[] { "points.log", "meta.json", "user-keys.bin" })
        {
            using var source = new FileStream(Path.Combine(_directory.Path, file), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var target = File.Create(Path.Combine(copy.Path, file));
            await source.CopyToAsync(target);
        }

        using (var fromCopy = new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = copy.Path }))
        {
            Assert.Equal(2, await fromCopy.CountAsync(new VectorFilter("t", "u")));
        }

        store.Dispose();
    }

    [Fact]
    public async Task Refuses_a_second_store_on_the_same_directory()
    {
        using (var first = Open())
        {
            var error = Assert.Throws<VectorStoreLockedException>(Open);
            Assert.Contains("already open", error.Message, StringComparison.Ordinal);
            Assert.Contains("store.lock", error.Message, StringComparison.Ordinal);
            await first.EnsureEmbedderAsync(Identity);
        }

        using var afterRelease = Open();
        Assert.True((await afterRelease.CheckHealthAsync()).Healthy);
    }

    [Fact]
    public async Task Compacts_deleted_records_away_and_keeps_the_rest_readable()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync(Enumerable.Range(0, 50).Select(i => Point($"a{i}", user: "alice")).ToList());
            await store.UpsertAsync(Enumerable.Range(0, 5).Select(i => Point($"b{i}", user: "bob")).ToList());
            var before = store.LogBytes;

            Assert.Equal(50, await store.DeleteAsync(new VectorFilter("t", "alice")));

            Assert.True(store.LogBytes < before / 5, $"log {store.LogBytes} bytes after compaction, {before} before");
            var bob = await store.SearchAsync(Vector(3), new VectorFilter("t", "bob"), 10);
            Assert.Equal(5, bob.Count);
            Assert.All(bob, m => Assert.Equal("text of " + m.Point.Id, m.Point.Payload["text"]));
        }

        using var reopened = Open();
        Assert.Equal(0, await reopened.CountAsync(new VectorFilter("t", "alice")));
        Assert.Equal(5, await reopened.CountAsync(new VectorFilter("t", "bob")));
    }

    [Fact]
    public async Task Keeps_deleted_records_out_after_reopening_without_compaction()
    {
        using (var store = new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = _directory.Path, CompactionMinGarbageBytes = long.MaxValue }))
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("e1"), Point("e2", kind: "email_opened")]);
            await store.DeleteAsync(new VectorFilter("t", "u", ["email_opened"]));
        }

        using var reopened = Open();
        Assert.Equal(["e1"], (await reopened.GetExistingIdsAsync("t", "u", ["e1", "e2"])).Order());
    }

    [Fact]
    public async Task Replays_users_erased_and_written_again_in_any_order()
    {
        using (var store = new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = _directory.Path, CompactionMinGarbageBytes = long.MaxValue }))
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("a1", user: "alice"), Point("b1", user: "bob"), Point("a2", user: "alice")]);
            await store.DeleteAsync(new VectorFilter("t", "alice"));
            await store.UpsertAsync([Point("a3", user: "alice"), Point("b2", user: "bob"), Point("c1", user: "carol")]);
            await store.DeleteAsync(new VectorFilter("t", "carol"));
        }

        using var reopened = Open();
        Assert.Equal(["a3"], (await reopened.GetExistingIdsAsync("t", "alice", ["a1", "a2", "a3"])).Order());
        Assert.Equal(["b1", "b2"], (await reopened.GetExistingIdsAsync("t", "bob", ["b1", "b2"])).Order());
        Assert.Equal(0, await reopened.CountAsync(new VectorFilter("t", "carol")));
        Assert.Equal(3, await reopened.CountAsync(new VectorFilter("t")));
        var best = Assert.Single(await reopened.SearchAsync(Vector("a3".Length + '3'), new VectorFilter("t", "alice"), 5));
        Assert.Equal("a3", best.Point.Id);
    }

    [Fact]
    public async Task Refuses_another_embedder_after_reopening_and_names_the_directory()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
        }

        using var reopened = Open();
        var error = await Assert.ThrowsAsync<EmbedderMismatchException>(() => reopened.EnsureEmbedderAsync(new EmbedderIdentity("hashing-v1", 16)));
        Assert.Contains(_directory.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("dimension 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_points_before_an_embedder_is_recorded()
    {
        using var store = Open();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpsertAsync([Point("e1")]));
        Assert.Contains("EnsureEmbedderAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_vector_log()
    {
        Directory.CreateDirectory(_directory.Path);
        File.WriteAllText(_directory.LogPath, "not a log at all");

        var error = Assert.Throws<InvalidDataException>(Open);
        Assert.Contains("points.log", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_vectors_with_nan_values()
    {
        using var store = Open();
        await store.EnsureEmbedderAsync(Identity);
        var bad = Point("e1") with { Vector = new[] { float.NaN, 0, 0, 0, 0, 0, 0, 0 } };

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([bad]));
    }

    private EmbeddedVectorStore Open() => new(new EmbeddedVectorStoreOptions { Directory = _directory.Path, CompactionMinGarbageBytes = 0 });

    private static VectorPoint Point(string id, string user = "u", string kind = "message_sent") =>
        new("t", user, id, kind, Vector(id.Length + id[^1]), DateTimeOffset.UnixEpoch.AddDays(id[^1]), new Dictionary<string, string> { ["text"] = "text of " + id });

    private static float[] Vector(int seed) => Enumerable.Range(0, 8).Select(i => (float)Math.Sin(seed + i)).ToArray();
}
