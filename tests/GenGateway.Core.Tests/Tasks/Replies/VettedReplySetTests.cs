using GenGateway.Core.Tasks.Replies;

namespace GenGateway.Core.Tests.Tasks.Replies;

public sealed class VettedReplySetTests
{
    [Fact]
    public void The_shipped_set_holds_at_least_300_short_labelled_replies_with_declines_among_them()
    {
        var replies = VettedReplySet.BuiltIn;

        Assert.True(replies.Count >= 300, $"{replies.Count} replies");
        Assert.All(replies, r => Assert.True(r.Text.Length <= 60, r.Text));
        Assert.True(replies.Select(r => r.Intent).Distinct().Count() >= 20);
        Assert.Contains(replies, r => r.Polarity == VettedReply.Negative && r.Intent == "decline");
    }

    [Theory]
    [InlineData("{\"text\":\"Sure!\",\"intent\":\"accept\",\"polarity\":\"upbeat\",\"register\":\"casual\"}", "replies.jsonl:2: polarity must be one of")]
    [InlineData("{\"text\":\"Sure!\",\"intent\":\"accept\"}", "replies.jsonl:2:")]
    [InlineData("{\"text\":\"Yes!\",\"intent\":\"yes\",\"polarity\":\"positive\",\"register\":\"casual\"}", "replies.jsonl:2: 'Yes!' is listed twice")]
    [InlineData("not json", "replies.jsonl:2:")]
    public void A_bad_line_is_named_with_its_line_number(string line, string expected)
    {
        var text = "{\"text\":\"Yes!\",\"intent\":\"yes\",\"polarity\":\"positive\",\"register\":\"casual\"}\n" + line + "\n";

        var error = Assert.Throws<InvalidDataException>(() => VettedReplySet.Parse(new StringReader(text), "replies.jsonl"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
