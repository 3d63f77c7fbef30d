using GenGateway.Core.Feedback;

namespace GenGateway.Core.Feedback;

public sealed class FeedbackLogTests
{
    private static FeedbackRecord Record(string user, string outcome) =>
        new("t1", user, "r1", 0, outcome, "Hello", null, "ui-copy", "v1", "rules", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Records_survive_reopening_and_a_torn_last_line()
    {
        var directory = Directory.CreateTempSubdirectory("feedback").FullName;
        using (var log = new FeedbackLog(directory))
        {
            await log.AppendAsync(Record("alice", "accepted"));
            await log.AppendAsync(Record("bob", "rejected"));
        }

        await File.AppendAllTextAsync(Path.Combine(directory, "feedback", "feedback.jsonl"), "{\"tenant\":\"t1\",\"user");
        using var reopened = new FeedbackLog(directory);
        await reopened.AppendAsync(Record("carol", "clicked"));

        var records = await reopened.ReadAllAsync();

        Assert.Equal(["alice", "bob", "carol"], records.Select(r => r.UserId));
    }

    [Fact]
    public async Task Erasing_a_user_removes_only_their_records()
    {
        using var log = new FeedbackLog(Directory.CreateTempSubdirectory("feedback").FullName);
        await log.AppendAsync(Record("alice", "accepted"));
        await log.AppendAsync(Record("bob", "rejected"));

        var removed = await log.EraseUserAsync("t1", "alice");
        await log.AppendAsync(Record("carol", "clicked"));

        Assert.Equal(1, removed);
        Assert.Equal(["bob", "carol"], (await log.ReadAllAsync()).Select(r => r.UserId));
    }
}
