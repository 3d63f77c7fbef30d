using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;

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
    public void A_formal_writer_gets_formal_wording_without_being_asked()
    {
        var task = new SmartReplyTask();
        var formal = Profile(TraitNames.Formal, "rarely (0% of messages have emoji)");

        var replies = task.RuleCandidates(Question, 3, formal);

        Assert.Equal(["Yes, certainly.", "Unfortunately, no.", "Let me check and get back to you."], replies);
        Assert.Equal([TraitNames.Formality], task.RuleTraits(Question, formal));
    }

    [Fact]
    public void A_casual_emoji_writer_gets_casual_wording_with_emoji()
    {
        var task = new SmartReplyTask();
        var casual = Profile(TraitNames.Casual, "often (60% of messages have emoji)");

        var replies = task.RuleCandidates(Question, 3, casual);

        Assert.Equal(["Yes, sure! 🙂", "Sorry, I can't. 🙏", "Let me check and get back to you. 🙂"], replies);
        Assert.Equal([TraitNames.Formality, TraitNames.Emoji], task.RuleTraits(Question, casual));
    }

    [Fact]
    public void A_requested_tone_wins_over_the_profile_and_the_profile_is_not_claimed()
    {
        var task = new SmartReplyTask();
        var casual = Profile(TraitNames.Casual, "often (60% of messages have emoji)");
        var formalRequest = Question with { Tone = "formal" };

        var replies = task.RuleCandidates(formalRequest, 3, casual);

        Assert.Equal(task.RuleCandidates(formalRequest, 3), replies);
        Assert.Empty(task.RuleTraits(formalRequest, casual));
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
