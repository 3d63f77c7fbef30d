using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks.Replies;

namespace GenGateway.Core.Tests.Tasks.Replies;

public sealed class SmartReplySelectionTests
{
    private static SmartReplyRequest Thread(params string[] texts) => new() { Thread = [.. texts.Select(t => new ThreadMessage { From = "alice@example.com", Text = t })] };

    [Theory]
    [InlineData("Thank you so much for helping me move last weekend!", "welcome")]
    [InlineData("I got the job!!", "congratulate")]
    [InlineData("Could you send me the report by Friday?", "will_do")]
    [InlineData("My grandmother passed away yesterday.", "sympathize")]
    public async Task Replies_come_from_the_vetted_set_one_per_intent_and_fit_the_message(string message, string expectedIntent)
    {
        var replies = await SmartReplyModel.Task.RuleCandidatesAsync(Thread(message), 3, PersonalizationContext.ColdStart, CancellationToken.None);

        Assert.NotEmpty(replies);
        var vetted = replies.Select(SmartReplyModel.Vetted).ToList();
        Assert.Equal(vetted.Count, vetted.Select(v => v.Intent).Distinct().Count());
        Assert.Contains(vetted, v => v.Intent == expectedIntent);
    }

    [Fact]
    public async Task An_invitation_gets_a_way_to_decline_among_the_offers()
    {
        var replies = await SmartReplyModel.Selector.SelectAsync([], "Do you want to come to my birthday party on Saturday?", 3, register: null);

        Assert.Equal(3, replies.Count);
        Assert.Contains(replies, r => r.Polarity == VettedReply.Negative);
        Assert.Contains(replies, r => r.Polarity == VettedReply.Positive);
    }

    [Fact]
    public async Task Nothing_is_offered_when_no_vetted_reply_is_relevant_enough()
    {
        var replies = await SmartReplyModel.Selector.SelectAsync([], "The server logs show a disk quota error on node seven.", 3, register: null);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Model_candidates_are_ordered_by_the_same_relevance()
    {
        string[] candidates = ["Congratulations on the new baby!", "Sure, I'll send the report over by Friday."];

        var order = await SmartReplyModel.Task.RankAsync(Thread("Could you send me the report by Friday?"), candidates, CancellationToken.None);

        Assert.Equal([1, 0], order);
    }
}
