using GenGateway.Profiles.Persistence;
using GenGateway.Storage;

namespace GenGateway.Profiles.Tests.Persistence;

/// <summary>The per-user document store of a single gateway: files under the data directory.</summary>
public sealed class FileUserDocumentStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("gengateway-documents").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Add_or_get_keeps_the_first_document()
    {
        var store = new FileUserDocumentStore(new UserPaths(_directory));

        var first = await store.AddOrGetAsync(new UserDocument("t", "ann", "privacy-secret", "", "first", At));
        var second = await store.AddOrGetAsync(new UserDocument("t", "ann", "privacy-secret", "", "second", At));

        Assert.Equal("first", first.Json);
        Assert.Equal("first", second.Json);
        Assert.Equal("first", (await store.GetAsync("t", "ann", "privacy-secret", ""))!.Json);
    }

    [Fact]
    public async Task Deleting_a_user_removes_their_documents_and_a_temp_file_a_crash_left_but_nobody_elses()
    {
        var paths = new UserPaths(_directory);
        var store = new FileUserDocumentStore(paths);
        await store.PutAsync(new UserDocument("t", "ann", "consent", "", "{}", At));
        await store.PutAsync(new UserDocument("t", "ann", "profile", "", "{}", At));
        await store.PutAsync(new UserDocument("t", "bob", "consent", "", "{}", At));
        var leftover = paths.Profile("t", "ann") + ".1a2b3c4d.tmp";
        await File.WriteAllTextAsync(leftover, "half a profile");
        File.Delete(paths.Profile("t", "ann"));

        Assert.Equal(1, await store.DeleteAsync("t", "ann"));

        Assert.False(File.Exists(leftover));
        Assert.Null(await store.GetAsync("t", "ann", "consent", ""));
        Assert.NotNull(await store.GetAsync("t", "bob", "consent", ""));
    }
}
