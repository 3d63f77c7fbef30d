using GenGateway.Evaluation.Policy;
using GenGateway.Evaluation.Repair;

namespace GenGateway.Evaluation.Tests.Repair;

public sealed class CandidateRepairerTests
{
    [Theory]
    [InlineData("20% off winter coats until Sunday for everyone", 30, "20% off winter coats until")]
    [InlineData("20% off winter coats and boots", 25, "20% off winter coats")]
    [InlineData("20% off winter coats, ends Sunday", 22, "20% off winter coats")]
    [InlineData("Short", 30, "Short")]
    public void Trims_at_a_word_boundary_without_dangling_words(string text, int max, string expected)
    {
        string trimmed = CandidateRepairer.Trim(text, max);

        Assert.Equal(expected, trimmed);
        Assert.True(trimmed.Length <= max);
    }

    [Theory]
    [InlineData("Winter coats 20% off ❄️ until Sunday", false, 2, "Winter coats 20% off until Sunday")]
    [InlineData("❄️ 🧥 🎉 20% off coats", true, 1, "❄️ 20% off coats")]
    [InlineData("HUGE savings: 20% off coats", true, 2, "Huge savings: 20% off coats")]
    [InlineData("20% off coats!!! Until Sunday?!", true, 2, "20% off coats! Until Sunday?")]
    public void Fixes_form_findings(string text, bool emojiAllowed, int maxEmoji, string expected)
    {
        EvaluationContext context = Contexts.Brief(Contexts.WinterBrief) with { Policy = new TenantPolicy { EmojiAllowed = emojiAllowed, MaxEmoji = maxEmoji } };

        string repaired = CandidateRepairer.Repair(text, context);

        Assert.Equal(expected, repaired);
        Assert.True(new PolicyEvaluator().Evaluate(new Candidate(repaired), context).Passed);
    }

    [Fact]
    public void Does_not_repair_a_false_claim()
    {
        EvaluationContext context = Contexts.Brief(Contexts.WinterBrief);
        EvaluationResult[] results = [.. new EvaluatorSuite(Politeness.Scorer).Evaluate(new Candidate("50% OFF winter coats!!!"), context)];

        Assert.False(CandidateRepairer.CanRepair(results));
    }
}
