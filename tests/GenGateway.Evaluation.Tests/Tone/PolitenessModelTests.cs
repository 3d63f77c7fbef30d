using GenGateway.Evaluation.Measurement;
using GenGateway.Evaluation.Tone;

namespace GenGateway.Evaluation.Tests.Tone;

public sealed class PolitenessModelTests
{
    [Theory]
    [InlineData("Hi, could you please take a look at my edit when you have a minute? Thanks!", PolitenessLevel.Polite)]
    [InlineData("Why did you revert my edit?", PolitenessLevel.Impolite)]
    [InlineData("Thanks, but this is a stupid idea.", PolitenessLevel.Impolite)]
    [InlineData("Please shut up about the template.", PolitenessLevel.Impolite)]
    public void Shipped_weights_rank_requests_as_the_corpus_does(string text, PolitenessLevel expected)
    {
        Assert.Equal(expected, ToneAnalyzer.Analyze(text).Politeness);
    }

    [Fact]
    public void An_insult_outweighs_every_polite_strategy()
    {
        double polite = ToneAnalyzer.Analyze("Hi, thanks so much, could you please help? Great work!").PolitenessScore;
        double insulted = ToneAnalyzer.Analyze("Hi, thanks so much, could you please help, idiot? Great work!").PolitenessScore;

        Assert.True(polite > 0, $"score without the insult was {polite}");
        Assert.True(insulted <= ToneEvaluator.ImpoliteScore, $"score with an insult was {insulted}");
        Assert.True(PolitenessModel.InsultScore < PolitenessModel.ImpoliteThreshold);
    }

    [Fact]
    public void Shipped_weights_were_fitted_on_the_fit_half_with_cues_only()
    {
        Assert.Contains("split=fit", PolitenessModel.FittedOn, StringComparison.Ordinal);
        Assert.Contains("features=cues ", PolitenessModel.FittedOn, StringComparison.Ordinal);
    }

    [Fact]
    public void Fitting_never_flips_a_strategy_against_its_direction()
    {
        // Rows where a greeting (a polite strategy) only ever appears in impolite text: unconstrained fitting would
        // learn a negative greeting weight.
        var rows = Enumerable.Range(0, 60).Select(i => i % 2 == 0
            ? new LabelledRow(i, $"p{i}", "w", string.Empty, $"Could you check item {i}? Thanks.", "polite")
            : new LabelledRow(i, $"i{i}", "w", string.Empty, $"Hello. Why is item {i} still wrong?", "impolite")).ToList();

        var model = PolitenessNgramModel.Fit(rows, "test", "cues");

        Assert.True(model.Score("Hello.") >= model.Score("."), "a greeting lowered the score");
        Assert.True(model.Score("Could you check it? Thanks.") > model.Score("Why is it wrong?"));
    }
}
