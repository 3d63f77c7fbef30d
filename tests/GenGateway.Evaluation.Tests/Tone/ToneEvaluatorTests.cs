using GenGateway.Evaluation.Tone;

namespace GenGateway.Evaluation.Tests.Tone;

public sealed class ToneEvaluatorTests
{
    private readonly ToneEvaluator _evaluator = new(Politeness.Scorer);

    [Theory]
    [InlineData(ToneKind.Formal, "hey dude, gonna love these coats lol", "tone.too-casual")]
    [InlineData(ToneKind.Formal, "Yo, coats are 20% off 😎", "tone.too-casual")]
    [InlineData(ToneKind.Casual, "Dear valued customer, we hereby inform you regarding our offer; kindly note the enclosed terms", "tone.too-formal")]
    [InlineData(ToneKind.Friendly, "This is a stupid question and your answer is wrong", "tone.impolite")]
    [InlineData(ToneKind.Empathetic, "Hurry, last chance, act now before it ends", "tone.pushy")]
    [InlineData(ToneKind.Empathetic, "That was a terrible idea", "tone.unfriendly")]
    [InlineData(ToneKind.Playful, "Dear valued customer, we hereby inform you regarding our offer; kindly note the enclosed terms", "tone.too-formal")]
    [InlineData(ToneKind.Neutral, "WOW!! Amazing coats 🎉🎉 hurry now!", "tone.pushy")]
    public void Rejects_text_that_contradicts_the_requested_tone(ToneKind tone, string text, string code)
    {
        EvaluationResult result = _evaluator.Evaluate(new Candidate(text), Contexts.Brief(Contexts.WinterBrief, tone: tone));

        Assert.False(result.Passed, string.Join("; ", result.Reasons));
        Assert.Contains(result.Reasons, r => r.Code == code);
    }

    [Theory]
    [InlineData(ToneKind.Formal, "Winter coats are now 20% off until Sunday")]
    [InlineData(ToneKind.Formal, "We are pleased to offer 20% off winter coats until Sunday")]
    [InlineData(ToneKind.Casual, "Hey, winter coats are 20% off till Sunday!")]
    [InlineData(ToneKind.Friendly, "Thanks for being with us: 20% off winter coats")]
    [InlineData(ToneKind.Playful, "Psst… winter coats just got 20% cooler 🎉")]
    [InlineData(ToneKind.Urgent, "Last chance: 20% off winter coats ends Sunday")]
    [InlineData(ToneKind.Empathetic, "We understand winter is tough; take your time, coats are 20% off")]
    [InlineData(ToneKind.Neutral, "Winter coats: 20% off until Sunday")]
    public void Releases_text_in_the_requested_tone(ToneKind tone, string text)
    {
        EvaluationResult result = _evaluator.Evaluate(new Candidate(text), Contexts.Brief(Contexts.WinterBrief, tone: tone));

        Assert.True(result.Passed, string.Join("; ", result.Reasons));
    }

    [Fact]
    public void A_missing_tone_marker_lowers_the_score_without_failing()
    {
        EvaluationResult result = _evaluator.Evaluate(new Candidate("Winter coats: 20% off until Sunday"), Contexts.Brief(Contexts.WinterBrief, tone: ToneKind.Urgent));

        Assert.True(result.Passed);
        Assert.Equal(0.75, result.Score, 3);
        Assert.Equal("tone.missing", Assert.Single(result.Reasons).Code);
    }

    [Theory]
    [InlineData(0.1, 0.0, "Dear valued customer, we hereby inform you regarding our offer; kindly note the terms", "tone.style-formality")]
    [InlineData(0.9, 0.5, "yeah gonna grab u some coats lol", "tone.style-formality")]
    [InlineData(0.5, 0.0, "Coats are 20% off 🧥", "tone.style-emoji")]
    public void Compares_with_the_users_style(double formality, double emojiRate, string text, string code)
    {
        EvaluationContext context = Contexts.Brief(Contexts.WinterBrief) with { Style = new StyleProfile(formality, emojiRate, 0) };

        EvaluationResult result = _evaluator.Evaluate(new Candidate(text), context);

        Assert.Contains(result.Reasons, r => r.Code == code);
    }

    [Fact]
    public void Reasons_point_at_the_offending_words()
    {
        const string text = "hey dude, gonna love these coats";
        EvaluationResult result = _evaluator.Evaluate(new Candidate(text), Contexts.Brief(Contexts.WinterBrief, tone: ToneKind.Formal));

        EvaluationReason reason = Assert.Single(result.Reasons, r => r.Code == "tone.too-casual");
        Assert.Equal(reason.Text, text.Substring(reason.Start, reason.Length));
        Assert.Equal("dude", reason.Text);
    }
}
