using System.Text;
using GenGateway.Experiments.Recording;
using GenGateway.Experiments.Tests.Support;

namespace GenGateway.Experiments.Tests.Recording;

public sealed class FileExperimentStoreTests
{
    private static ExposureRecord Exposure(string user, string arm, string requestId) => new()
    {
        Tenant = "default", ExperimentId = "exp", Arm = arm, Unit = user, UserId = user, RequestId = requestId,
        At = DateTimeOffset.UnixEpoch, PromptName = "subject-lines", PromptVersion = "1", Model = "rules",
    };

    [Fact]
    public async Task Records_and_first_arms_survive_a_reopen()
    {
        using var temp = new TempDirectory();
        using (var store = new FileExperimentStore(temp.Path))
        {
            await store.AppendAsync(Exposure("u1", "variant", "r1"));
            await store.AppendAsync(Exposure("u1", "control", "r2"));
        }

        using var reopened = new FileExperimentStore(temp.Path);
        Assert.Equal("variant", await reopened.FirstArmAsync("default", "exp", "u1"));
        Assert.Equal("control", (await reopened.FindExposureAsync("default", "r2"))!.Arm);
        Assert.Equal(2, await reopened.ReadAsync("default", "exp").CountAsync());
    }

    [Fact]
    public async Task A_torn_last_line_is_cut_and_appends_continue()
    {
        using var temp = new TempDirectory();
        using (var store = new FileExperimentStore(temp.Path))
        {
            await store.AppendAsync(Exposure("u1", "variant", "r1"));
        }

        var file = Directory.GetFiles(temp.Path, "*.jsonl", SearchOption.AllDirectories).Single();
        await File.AppendAllTextAsync(file, "{\"exposure\":{\"tenant\":\"def");
        using var reopened = new FileExperimentStore(temp.Path);
        await reopened.AppendAsync(Exposure("u2", "control", "r2"));
        Assert.Equal(["r1", "r2"], await reopened.ReadAsync("default", "exp").Select(e => e.Exposure!.RequestId).ToListAsync());
    }

    [Fact]
    public async Task Erase_leaves_no_byte_of_the_user_in_the_files_and_forgets_their_arm()
    {
        using var temp = new TempDirectory();
        using var store = new FileExperimentStore(temp.Path);
        await store.AppendAsync(Exposure("erase-me-7f3a", "variant", "r1"));
        await store.AppendAsync(new OutcomeRecord
        {
            Tenant = "default", ExperimentId = "exp", Arm = "variant", Unit = "erase-me-7f3a", UserId = "erase-me-7f3a", RequestId = "r1", Outcome = "clicked",
            At = DateTimeOffset.UnixEpoch,
        });
        await store.AppendAsync(Exposure("keep-me", "control", "r2"));

        Assert.Equal(2, (await store.ExportUserAsync("default", "erase-me-7f3a")).Count);
        Assert.Equal(2, await store.EraseUserAsync("default", "erase-me-7f3a"));

        foreach (var file in Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("erase-me-7f3a", Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }

        Assert.Null(await store.FirstArmAsync("default", "exp", "erase-me-7f3a"));
        Assert.Null(await store.FindExposureAsync("default", "r1"));
        Assert.Equal("control", await store.FirstArmAsync("default", "exp", "keep-me"));
        await store.AppendAsync(Exposure("keep-me", "control", "r3"));
        Assert.Equal(2, await store.ReadAsync("default", "exp").CountAsync());
    }
}
