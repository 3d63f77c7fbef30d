using GenGateway.Evaluation.Measurement;

namespace GenGateway.Evaluation.Tests.Measurement;

public sealed class MeasurementsTests
{
    private const string Knowledge = "Knowledge: The Eiffel Tower in Paris was completed in 1889 and is 330 metres tall.\nQuestion: When was the tower completed?";

    [Theory]
    [InlineData("1889", false)]
    [InlineData("It was completed in 1889", false)]
    [InlineData("It was completed in 1899", true)]
    [InlineData("Gustave designed it for the Olympic games", true)]
    public void Detector_judges_outputs_against_the_context(string output, bool hallucinated)
    {
        Assert.Equal(hallucinated, new HallucinationDetector().Judge(Knowledge, output).Hallucinated);
    }

    private const string LongAnswer =
        "The Boston Tea Party was a political protest on December 16, 1773, organised by American colonists who objected "
        + "to taxation without representation; they threw 342 chests of tea belonging to the East India Company into the harbour. Parliament answered with the Coercive Acts, which closed "
        + "the port until the losses were repaid and pushed the colonies further towards open revolution two years later.";

    [Theory]
    [InlineData("User query: Tell me something interesting about the Boston Tea Party", LongAnswer, false)]
    [InlineData("User query: Describe what happens in the given photo.\n[Image of fireworks]", LongAnswer, true)]
    [InlineData("User query: Summarize the following article:\nhttps://example.com/news/tea-party", LongAnswer, true)]
    [InlineData("User query: Summarize the following article:\nhttps://example.com/news/tea-party",
        "I'm sorry, as an AI language model I cannot open links, but the Boston Tea Party is usually described as a protest "
        + "against taxation that colonists staged in the harbour, throwing chests of tea belonging to a trading company overboard. Parliament answered by closing the port until "
        + "the losses were repaid, which pushed the colonies further towards open revolution in the following years.", false)]
    public void Without_a_document_only_answers_about_an_unseen_link_or_image_are_judged(string context, string output, bool hallucinated)
    {
        Assert.Equal(hallucinated, new HallucinationDetector().Judge(context, output).Hallucinated);
    }

    [Fact]
    public void Binary_metrics_follow_their_definitions()
    {
        var m = new BinaryMetrics();
        foreach ((bool actual, bool predicted) in new[] { (true, true), (true, true), (true, false), (false, true), (false, false), (false, false), (false, false), (false, false) })
        {
            m.Add(actual, predicted);
        }

        Assert.Equal(6.0 / 8, m.Accuracy, 6);
        Assert.Equal(2.0 / 3, m.Precision, 6);
        Assert.Equal(2.0 / 3, m.Recall, 6);
        Assert.Equal(2.0 / 3, m.F1, 6);
        Assert.Equal(((2.0 / 3) + (4.0 / 5)) / 2, m.BalancedAccuracy, 6);
    }

    [Fact]
    public void Split_keeps_rows_of_one_context_together_and_is_stable()
    {
        var rows = Enumerable.Range(0, 200).SelectMany(i => new[]
        {
            new LabelledRow(i * 2, $"r{i}-g", "qa", $"context {i}", "a", "grounded"),
            new LabelledRow((i * 2) + 1, $"r{i}-h", "qa", $"context {i}", "b", "hallucinated"),
        }).ToList();

        var heldOut = Splitter.Select(rows, DatasetSplit.HeldOut);
        var fit = Splitter.Select(rows, DatasetSplit.Fit);

        Assert.Equal(rows.Count, heldOut.Count + fit.Count);
        Assert.Empty(heldOut.Select(r => r.Context).Intersect(fit.Select(r => r.Context)));
        Assert.InRange(heldOut.Count, 140, 260);
        Assert.True(Splitter.IsHeldOut(new LabelledRow(1, "x", "qa", "context 7", "a", "grounded")) == heldOut.Any(r => r.Context == "context 7"));
    }

    [Fact]
    public void Tone_measurement_reports_three_way_and_polite_vs_impolite()
    {
        LabelledRow[] rows =
        [
            new(1, "1", "wikipedia", string.Empty, "Thank you so much, could you please take a look when you have time?", "polite"),
            new(2, "2", "wikipedia", string.Empty, "This is stupid and wrong. Stop reverting my edits.", "impolite"),
            new(3, "3", "wikipedia", string.Empty, "The page was moved yesterday.", "neutral"),
        ];

        MeasurementReport report = Measurements.Tone(rows, DatasetSplit.All, Politeness.Scorer);

        Assert.Equal(1.0, report.Subsets[Measurements.PoliteVsImpolite].Accuracy);
        Assert.Equal(2, report.Subsets[Measurements.PoliteVsImpolite].Rows);
        Assert.Equal(3, report.Overall.Rows);
        Assert.Equal(1, report.Confusion["polite", "polite"]);
    }

    [Fact]
    public void A_fitted_politeness_model_round_trips_through_its_file()
    {
        var rows = Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? new LabelledRow(i, $"p{i}", "w", string.Empty, $"Thanks a lot, could you please check item {i}?", "polite")
            : new LabelledRow(i, $"i{i}", "w", string.Empty, $"This is wrong, stop breaking item {i}.", "impolite")).ToList();
        string path = Path.Combine(Path.GetTempPath(), $"politeness-{Guid.NewGuid():N}.json");

        var model = PolitenessNgramModel.Fit(rows, "test");
        model.Save(path);
        var loaded = PolitenessNgramModel.Load(path);
        File.Delete(path);

        Assert.True(loaded.Score("Thanks, could you please check it?") > 0);
        Assert.True(loaded.Score("This is wrong, stop it.") < 0);
        Assert.Equal(model.Score("Thanks"), loaded.Score("Thanks"), 9);
    }
}
