using GenGateway.Profiles.Persistence;

namespace GenGateway.Profiles.Tests.Persistence;

public sealed class UserPathsTests
{
    [Theory]
    [InlineData("u-123")]
    [InlineData("user_7")]
    public void Plain_ids_stay_readable_on_disk(string id) => Assert.Equal(id, UserPaths.SafeName(id));

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("Bob")]
    [InlineData("ann@example.com")]
    [InlineData("")]
    public void Other_ids_become_a_hash_that_cannot_escape_or_collide_by_case(string id)
    {
        var name = UserPaths.SafeName(id);

        Assert.StartsWith("~", name, StringComparison.Ordinal);
        Assert.Equal(65, name.Length);
        Assert.NotEqual(UserPaths.SafeName(id.ToLowerInvariant() + "x"), name);
    }

    [Fact]
    public void Files_live_under_profiles_tenant()
    {
        var paths = new UserPaths("/data");

        Assert.Equal(Path.GetFullPath("/data/profiles/acme/u1.profile.json"), paths.Profile("acme", "u1"));
    }

    [Fact]
    public async Task Atomic_write_replaces_the_file_and_leaves_no_temp_file()
    {
        var folder = Directory.CreateTempSubdirectory("gengateway-atomic").FullName;
        var path = Path.Combine(folder, "sub", "x.json");

        await AtomicFile.WriteAsync(path, "old"u8.ToArray(), CancellationToken.None);
        await AtomicFile.WriteAsync(path, "new"u8.ToArray(), CancellationToken.None);

        Assert.Equal("new", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(Path.Combine(folder, "sub")));
    }
}
