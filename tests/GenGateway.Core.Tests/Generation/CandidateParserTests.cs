using GenGateway.Core.Generation;

namespace GenGateway.Core.Generation;

public sealed class CandidateParserTests
{
    [Theory]
    [InlineData("[\"A\", \"B\"]")]
    [InlineData("```json\n[\"A\", \"B\"]\n```")]
    [InlineData("Here are your subject lines:\n[\"A\", \"B\"]\nHope this helps!")]
    [InlineData("{\"candidates\": [\"A\", \"B\"]}")]
    [InlineData("[{\"text\": \"A\"}, {\"text\": \"B\"}]")]
    [InlineData("1. \"A\"\n2. \"B\"")]
    [InlineData("Sure! Options:\n- A\n- B")]
    [InlineData("Note [draft]: [\"A\", \"B\"]")]
    [InlineData("[\"A\", \"B\", \"C was cut off by the tok")]
    [InlineData("```json\n[\"A\", \"B\"")]
    [InlineData("[\"A\", \"B\",")]
    public void Extracts_candidates_from_common_answer_shapes(string answer)
    {
        Assert.Equal(["A", "B"], CandidateParser.Parse(answer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("I'm sorry, I can't help with that.")]
    [InlineData("{\"error\": \"overloaded\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("[\"unfinished")]
    [InlineData("Sorry [sic], no candidates today.")]
    public void Returns_nothing_for_answers_without_candidates(string answer)
    {
        Assert.Empty(CandidateParser.Parse(answer));
    }
}
