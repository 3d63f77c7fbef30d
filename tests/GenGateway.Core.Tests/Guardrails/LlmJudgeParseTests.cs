using GenGateway.Core.Guardrails;

namespace GenGateway.Core.Tests.Guardrails;

public sealed class LlmJudgeParseTests
{
    [Theory]
    [InlineData("""{"score": 5, "reason": "all supported"}""", 1.0, "all supported")]
    [InlineData("""{"score": 1, "reason": "invents 50%"}""", 0.0, "invents 50%")]
    [InlineData("Verdict:\n```json\n{\"score\": 3, \"reason\": \"vague\"}\n```", 0.5, "vague")]
    [InlineData("""{"score": 4}""", 0.75, "no reason given")]
    public void Reads_the_rubric_score_as_a_share(string text, double score, string reason)
    {
        var verdict = LlmJudge.Parse(text);

        Assert.NotNull(verdict);
        Assert.Equal(score, verdict.Value.Score, 6);
        Assert.Equal(reason, verdict.Value.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("I think it is fine.")]
    [InlineData("""{"score": 9, "reason": "out of range"}""")]
    [InlineData("""{"score": "high"}""")]
    [InlineData("} {")]
    [InlineData("{not json}")]
    public void Unreadable_answers_give_no_verdict(string? text)
    {
        Assert.Null(LlmJudge.Parse(text));
    }
}
