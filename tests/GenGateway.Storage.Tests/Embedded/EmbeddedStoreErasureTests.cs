using System.Text;
using GenGateway.Storage.Embedded;

namespace GenGateway.Storage.Tests.Embedded;

/// <summary>Deleting a user leaves nothing of theirs readable in any file of the store, before and after a restart.</summary>
public sealed class EmbeddedStoreErasureTests : IDisposable
{
    private static readonly EmbedderIdentity Identity = new("hashing-v1", 8);
    private readonly TempStoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Deleting_a_user_leaves_none_of_their_text_ids_or_user_id_in_any_file()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("alice-evt-1", "alice.secret@example.com", "Alice's private note"), Point("bob-evt-1", "bob", "Bob's note")]);
            Assert.NotEmpty(FilesHolding("bob"));

            Assert.Equal(1, await store.DeleteAsync(new VectorFilter("t", "alice.secret@example.com")));

            Assert.Empty(FilesHolding("alice.secret@example.com", "alice-evt-1", "Alice's private note"));
            Assert.Equal("Bob's note", (await store.ScrollAsync(new VectorFilter("t", "bob")).SingleAsync()).Payload["text"]);
        }

        using var reopened = Open();
        Assert.Equal(0, await reopened.CountAsync(new VectorFilter("t", "alice.secret@example.com")));
        Assert.Equal(1, await reopened.CountAsync(new VectorFilter("t", "bob")));
        Assert.Empty(FilesHolding("alice.secret@example.com", "alice-evt-1", "Alice's private note"));
    }

    [Fact]
    public async Task A_torn_tail_kept_aside_holds_nothing_readable_of_the_user()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("carol-evt-1", "carol", "Carol wrote this")]);
            await store.UpsertAsync([Point("carol-evt-2", "carol", "Carol's torn sentence")]);
        }

        using (var log = new FileStream(_directory.LogPath, FileMode.Open))
        {
            log.SetLength(log.Length - 5);
        }

        using var reopened = Open();
        Assert.Single(Directory.GetFiles(_directory.Path, "points.log.torn-*"));
        await reopened.DeleteAsync(new VectorFilter("t", "carol"));

        Assert.Empty(FilesHolding("carol", "Carol wrote this", "Carol's torn sentence", "carol-evt-1", "carol-evt-2"));
    }

    [Fact]
    public async Task A_user_who_comes_back_after_an_erase_starts_empty_with_a_new_key()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("e1", "dan", "first life")]);
            await store.DeleteAsync(new VectorFilter("t", "dan"));
            await store.UpsertAsync([Point("e2", "dan", "second life")]);
        }

        using var reopened = Open();
        var point = await reopened.ScrollAsync(new VectorFilter("t", "dan")).SingleAsync();
        Assert.Equal(("e2", "second life"), (point.Id, point.Payload["text"]));
    }

    [Fact]
    public async Task Deleting_some_kinds_keeps_the_rest_of_the_user_across_a_restart()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("e1", "erin", "sent", "message_sent"), Point("e2", "erin", "opened", "email_opened")]);
            Assert.Equal(1, await store.DeleteAsync(new VectorFilter("t", "erin", ["email_opened"])));
        }

        using var reopened = Open();
        Assert.Equal("e1", (await reopened.ScrollAsync(new VectorFilter("t", "erin")).SingleAsync()).Id);
    }

    [Fact]
    public async Task Deleting_a_tenant_destroys_the_keys_of_all_its_users()
    {
        using (var store = Open())
        {
            await store.EnsureEmbedderAsync(Identity);
            await store.UpsertAsync([Point("e1", "fay-user", "fay text"), Point("e2", "gus-user", "gus text")]);
            Assert.Equal(2, await store.DeleteAsync(new VectorFilter("t")));
        }

        using var reopened = Open();
        Assert.Equal(0, await reopened.CountAsync(new VectorFilter("t")));
        Assert.Empty(FilesHolding("fay-user", "gus-user", "fay text", "gus text"));
    }

    [Fact]
    public void Refuses_a_log_written_unencrypted_by_an_earlier_version()
    {
        Directory.CreateDirectory(_directory.Path);
        File.WriteAllBytes(_directory.LogPath, "GGVLOG01"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(Open);

        Assert.Contains("unencrypted", error.Message, StringComparison.Ordinal);
        Assert.Contains("re-ingest", error.Message, StringComparison.Ordinal);
    }

    private EmbeddedVectorStore Open() => new(new EmbeddedVectorStoreOptions { Directory = _directory.Path });

    private List<string> FilesHolding(params string[] needles)
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_directory.Path, "*", SearchOption.AllDirectories))
        {
            // The store's lock file is held with an exclusive OS lock while the store is open; it holds only the owner's process id.
            if (Path.GetFileName(file) == "store.lock")
            {
                Assert.True(new FileInfo(file).Length <= 16);
                continue;
            }

            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }

            found.AddRange(needles.Where(n => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(n)) >= 0 || Path.GetFileName(file).Contains(n, StringComparison.Ordinal))
                .Select(n => $"{Path.GetFileName(file)} holds '{n}'"));
        }

        return found;
    }

    private static VectorPoint Point(string id, string user, string text, string kind = "message_sent") =>
        new("t", user, id, kind, Enumerable.Range(0, 8).Select(i => (float)Math.Sin(id.Length + i)).ToArray(), DateTimeOffset.UnixEpoch.AddDays(1),
            new Dictionary<string, string> { ["text"] = text });
}
