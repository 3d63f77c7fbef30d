using GenGateway.Evaluation.Measurement;
using GenGateway.Evaluation.Tone;
using GenGateway.Storage.Embeddings;

namespace GenGateway.Evaluation.Tests.Tone;

public sealed class PolitenessModelTests
{
    private static readonly PolitenessScorer Scorer = Politeness.Scorer;

    [Theory]
    [InlineData("Hi, could you please take a look at my edit when you have a minute? Thanks!", PolitenessLevel.Polite)]
    [InlineData("Why did you revert my edit?", PolitenessLevel.Impolite)]
    [InlineData("Thanks, but this is a stupid idea.", PolitenessLevel.Impolite)]
    [InlineData("Please shut up about the template.", PolitenessLevel.Impolite)]
    public void Shipped_weights_rank_requests_as_the_corpus_does(string text, PolitenessLevel expected)
    {
        Assert.Equal(expected, Scorer.LevelOf(Scorer.Score(text)));
    }

    [Fact]
    public void An_insult_outweighs_every_polite_strategy()
    {
        double polite = Scorer.Score("Hi, thanks so much, could you please help? Great work!");
        double insulted = Scorer.Score("Hi, thanks so much, could you please help, idiot? Great work!");

        Assert.True(polite > 0, $"score without the insult was {polite}");
        Assert.True(insulted <= ToneEvaluator.ImpoliteScore, $"score with an insult was {insulted}");
        Assert.True(PolitenessModel.InsultScore < Scorer.ImpoliteThreshold);
    }

    [Fact]
    public void Shipped_weights_were_fitted_on_the_fit_half_with_cues_and_minilm_embeddings()
    {
        Assert.Contains("split=fit", PolitenessModel.BuiltIn.FittedOn, StringComparison.Ordinal);
        Assert.Contains("features=cues+" + MiniLmEmbeddingGenerator.ModelName + " ", PolitenessModel.BuiltIn.FittedOn, StringComparison.Ordinal);
        Assert.Equal(MiniLmEmbeddingGenerator.ModelName, PolitenessModel.BuiltIn.Embedder);
    }

    [Fact]
    public void The_scorer_refuses_embeddings_of_another_model()
    {
        Assert.Throws<ArgumentException>(() => new PolitenessScorer(new OtherEncoder()));
    }

    [Fact]
    public void Fitting_never_flips_a_strategy_against_its_direction()
    {
        // A greeting (a polite strategy) only ever appears in impolite text: unconstrained fitting would learn a
        // negative greeting weight.
        var model = PolitenessModel.Fit(GreetingRows(), MiniLmEmbeddingGenerator.Shared, "test");
        float[] embedding = MiniLmEmbeddingGenerator.Shared.Embed("Hello.");

        double with = model.Score([new ToneCue(ToneCueKind.Greeting, 0, 5, "Hello")], embedding);
        double without = model.Score([], embedding);

        Assert.True(with >= without, "a greeting lowered the score");
    }

    [Fact]
    public void A_refit_writes_the_same_file_byte_for_byte()
    {
        string first = Path.Combine(Path.GetTempPath(), $"politeness-{Guid.NewGuid():N}.json");
        string second = Path.Combine(Path.GetTempPath(), $"politeness-{Guid.NewGuid():N}.json");
        try
        {
            PolitenessModel.Fit(GreetingRows(), MiniLmEmbeddingGenerator.Shared, "test").Save(first);
            PolitenessModel.Fit(GreetingRows(), MiniLmEmbeddingGenerator.Shared, "test").Save(second);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Ngram_fitting_never_flips_a_strategy_against_its_direction()
    {
        var model = PolitenessNgramModel.Fit(GreetingRows(), "test", "cues");

        Assert.True(model.Score("Hello.") >= model.Score("."), "a greeting lowered the score");
        Assert.True(model.Score("Could you check it? Thanks.") > model.Score("Why is it wrong?"));
    }

    private static List<LabelledRow> GreetingRows() => [.. Enumerable.Range(0, 60).Select(i => i % 2 == 0
        ? new LabelledRow(i, $"p{i}", "w", string.Empty, $"Could you check item {i}? Thanks.", "polite")
        : new LabelledRow(i, $"i{i}", "w", string.Empty, $"Hello. Why is item {i} still wrong?", "impolite"))];

    private sealed class OtherEncoder : ISentenceEncoder
    {
        public string ModelId => "other-model";

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => [.. texts.Select(_ => new float[384])];
    }
}
