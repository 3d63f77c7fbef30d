using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;
using GenGateway.Core.Tasks.Replies;
using GenGateway.Core.Tests.Tasks.Replies;

namespace GenGateway.Core.Tests.Tasks;

public sealed class PersonalizedRuleTests
{
    private static readonly SmartReplyRequest Question = new() { Thread = [new ThreadMessage { Text = "Could you send me the report by Friday?" }] };

    private static PersonalizationContext Profile(string formality, string emoji) => new()
    {
        IsColdStart = false,
        ProfileVersion = 7,
        Traits = new Dictionary<string, string> { [TraitNames.Formality] = formality, [TraitNames.Emoji] = emoji, [TraitNames.Length] = "about 12 words per message" },
    };

    [Fact]
    public async Task A_formal_writer_gets_no_casual_reply_without_being_asked()
    {
        var formal = Profile(TraitNames.Formal, "rarely (0% of messages have emoji)");

        var replies = await SmartReplyModel.Task.RuleCandidatesAsync(Question, 3, formal, CancellationToken.None);

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.NotEqual(VettedReply.Casual, SmartReplyModel.Vetted(r).Register));
        Assert.Equal([TraitNames.Formality], SmartReplyModel.Task.RuleTraits(Question, formal));
    }

    [Fact]
    public async Task A_casual_emoji_writer_gets_no_formal_reply_and_emoji()
    {
        var casual = Profile(TraitNames.Casual, "often (60% of messages have emoji)");

        var replies = await SmartReplyModel.Task.RuleCandidatesAsync(Question, 3, casual, CancellationToken.None);

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.True(r.EndsWith(" 🙂", StringComparison.Ordinal) || r.EndsWith(" 🙏", StringComparison.Ordinal), r));
        Assert.All(replies, r => Assert.NotEqual(VettedReply.Formal, SmartReplyModel.Vetted(r[..^3]).Register));
        Assert.Equal([TraitNames.Formality, TraitNames.Emoji], SmartReplyModel.Task.RuleTraits(Question, casual));
    }

    [Fact]
    public async Task A_requested_tone_wins_over_the_profile_and_the_profile_is_not_claimed()
    {
        var casual = Profile(TraitNames.Casual, "often (60% of messages have emoji)");
        var formalRequest = Question with { Tone = "formal" };

        var replies = await SmartReplyModel.Task.RuleCandidatesAsync(formalRequest, 3, casual, CancellationToken.None);

        Assert.Equal(await SmartReplyModel.Task.RuleCandidatesAsync(formalRequest, 3, PersonalizationContext.ColdStart, CancellationToken.None), replies);
        Assert.Empty(SmartReplyModel.Task.RuleTraits(formalRequest, casual));
    }

    [Fact]
    public void Tasks_whose_rules_ignore_style_claim_no_traits()
    {
        ITaskDefinition task = new SubjectLineTask();
        var request = new SubjectLineRequest { Brief = new Brief { Product = "coats", Offer = "20% off" } };

        Assert.Empty(task.RuleTraits(request, Profile(TraitNames.Casual, "often")));
        Assert.Equal(task.RuleCandidates(request, 3), task.RuleCandidates(request, 3, Profile(TraitNames.Casual, "often")));
    }
}
