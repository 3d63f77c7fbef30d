using System.Text.Json;
using GenGateway.Cli.Commands;
using GenGateway.EvalSuites.Tests.Support;
using GenGateway.Evaluation.Measurement;

namespace GenGateway.EvalSuites.Tests.Cli;

public sealed class EvaluatorsCommandTests
{
    private const string Politeness = """
        {"id":"p1","text":"Hi, could you please take a look when you have a minute? Thanks!","label":"polite","score":1.2,"source":"wikipedia"}
        {"id":"p2","text":"Thanks so much for the help, would you mind checking the second table too?","label":"polite","score":1.0,"source":"stackexchange:apple"}
        {"id":"i1","text":"Why did you revert my edit? This is stupid.","label":"impolite","score":-1.5,"source":"wikipedia"}
        {"id":"i2","text":"So what is your point exactly?","label":"impolite","score":-0.9,"source":"stackexchange:apple"}
        {"id":"n1","text":"The page was moved yesterday.","label":"neutral","score":0.0,"source":"wikipedia"}
        """;

    private const string Hallucination = """
        {"id":"g","task":"qa","context":"Knowledge: The Eiffel Tower was completed in 1889.\nQuestion: When was it completed?","output":"It was completed in 1889","label":"grounded"}
        {"id":"h","task":"qa","context":"Knowledge: The Eiffel Tower was completed in 1889.\nQuestion: When was it completed?","output":"It was completed in 1899","label":"hallucinated"}
        {"id":"m","task":"qa","context":"Knowledge: The Eiffel Tower was completed in 1889.\nQuestion: When was it completed?","output":"1889","label":"hallucinated"}
        """;

    [Fact]
    public async Task Json_output_has_the_figures_per_subset_and_polite_vs_impolite()
    {
        using var folder = new TempFolder();
        string dataset = folder.Write("politeness.jsonl", Politeness);

        var (exit, output, _) = await ScoreAsync(new EvaluatorsScoreArguments("tone", dataset, Json: true, DatasetSplit.All, null, 0.05));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        foreach (string field in new[] { "accuracy", "balanced_accuracy", "precision", "recall", "f1" })
        {
            Assert.InRange(root.GetProperty(field).GetDouble(), 0, 1);
        }

        JsonElement subsets = root.GetProperty("subsets");
        Assert.Equal(4, subsets.GetProperty("polite_vs_impolite").GetProperty("rows").GetInt32());
        Assert.Equal(3, subsets.GetProperty("wikipedia").GetProperty("rows").GetInt32());
        Assert.Equal(2, subsets.GetProperty("stackexchange").GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task Misses_lists_the_wrong_rows_with_file_and_line()
    {
        using var folder = new TempFolder();
        string dataset = folder.Write("halueval.jsonl", Hallucination);

        var (exit, output, _) = await ScoreAsync(new EvaluatorsScoreArguments("hallucination", dataset, Json: false, DatasetSplit.All, null, 0.05, Misses: 5));

        Assert.Equal(0, exit);
        Assert.Contains("misses (1 of 1;", output, StringComparison.Ordinal);
        Assert.Contains("halueval.jsonl:3 m hallucinated -> grounded", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_judge_is_asked_about_what_the_detector_let_through_and_can_only_add_hallucinations()
    {
        using var model = FakeOpenAIServer.Start();
        using var folder = new TempFolder();
        string dataset = folder.Write("halueval.jsonl", Hallucination);

        // Rows 1 and 3 pass the detector, in file order; row 2 (1899) it flags itself.
        model.Enqueue(
            FakeReply.Content("""{"score": 5, "reason": "the year is in the knowledge"}"""),
            FakeReply.Content("""{"score": 1, "reason": "a bare year does not answer from the knowledge"}"""));
        var args = new EvaluatorsScoreArguments("hallucination", dataset, Json: true, DatasetSplit.All, null, 0.05, Judge: "openai", Concurrency: 1)
        {
            Environment = new Dictionary<string, string?> { ["OPENAI_API_KEY"] = "test-key", ["OPENAI_BASE_URL"] = model.BaseUrl, ["GENGATEWAY_MODEL"] = "fake-judge" },
        };

        var (exit, output, error) = await ScoreAsync(args);

        Assert.True(exit == 0, error);
        Assert.Equal(2, model.Requests);
        Assert.Contains("It was completed in 1889", model.Bodies[0], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1.0, json.RootElement.GetProperty("accuracy").GetDouble());
        Assert.Contains("judge openai (hallucinated below 0.5; 0 of 2 rows unanswered)", json.RootElement.GetProperty("model").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_judge_provider_that_is_not_configured_exits_2_naming_it()
    {
        using var folder = new TempFolder();
        string dataset = folder.Write("halueval.jsonl", Hallucination);
        var args = new EvaluatorsScoreArguments("hallucination", dataset, Json: false, DatasetSplit.All, null, 0.05, Judge: "nowhere")
        {
            Environment = new Dictionary<string, string?>(),
        };

        var (exit, _, error) = await ScoreAsync(args);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("--judge nowhere:", error, StringComparison.Ordinal);
        Assert.Contains("'nowhere'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_row_exits_2_naming_file_and_line()
    {
        using var folder = new TempFolder();
        string dataset = folder.Write("bad.jsonl", Politeness + "\n{\"id\":\"x\",\"text\":\"hello\",\"label\":\"rude\"}\n");

        var (exit, _, error) = await ScoreAsync(new EvaluatorsScoreArguments("tone", dataset, Json: false, DatasetSplit.All, null, 0.05));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("bad.jsonl:6", error, StringComparison.Ordinal);
        Assert.Contains("label 'rude'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fitted_model_is_written_and_scored_with()
    {
        using var folder = new TempFolder();
        string dataset = folder.Write("politeness.jsonl", string.Concat(Enumerable.Repeat(Politeness + "\n", 4)));
        string model = folder.File("model.json");
        using var fitOut = new StringWriter();
        using var fitErr = new StringWriter();

        int fit = EvaluatorsScore.Fit(dataset, model, DatasetSplit.All, "cues", fitOut, fitErr);
        var (exit, output, _) = await ScoreAsync(new EvaluatorsScoreArguments("tone", dataset, Json: false, DatasetSplit.All, model, 0.05));

        Assert.Equal(0, fit);
        Assert.Contains("wrote " + model, fitOut.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("fitted model (politeness.jsonl split=all rows=20 features=cues", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Out, string Err)> ScoreAsync(EvaluatorsScoreArguments args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = await EvaluatorsScore.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
