using System.CommandLine;
using GenGateway.Evaluation.Measurement;

namespace GenGateway.Cli.Commands;

/// <summary><c>gengateway evaluators score|fit-politeness</c>: measure the deterministic evaluators on labelled datasets.</summary>
public static class EvaluatorsCommand
{
    /// <summary>Builds the <c>evaluators</c> command.</summary>
    public static Command Create() => new("evaluators", "Measure the hallucination, tone and PII evaluators on labelled datasets")
    {
        Score(),
        FitPoliteness(),
        FitReplyRelevance(),
    };

    private static Command Score()
    {
        var task = new Option<string>("--task") { Description = "hallucination, tone, pii or smart-reply-relevance", Required = true };
        task.AcceptOnlyFromAmong("hallucination", "tone", "pii", ReplyRelevanceScore.TaskName);
        var dataset = new Option<string>("--dataset")
        {
            Description = "JSON Lines file (halueval/, begin/, politeness/ or smart-replies/ of the shared data; evals/pii/corpus.jsonl for pii)",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON line instead of tables" };
        var split = SplitOption();
        var model = new Option<string?>("--model")
        {
            Description = "Tone: a model file from 'evaluators fit-politeness' instead of the built-in cue model; smart-reply-relevance: one from 'evaluators fit-reply-relevance' instead of the built-in one",
        };
        var share = new Option<double>("--max-unsupported-share")
        {
            Description = "Hallucination: share of content words the context may lack",
            DefaultValueFactory = _ => HallucinationDetector.DefaultMaxUnsupportedShare,
        };
        var misses = new Option<int>("--misses") { Description = "List this many wrongly predicted rows (file:line, gold, predicted, text) after the tables" };
        var judge = new Option<string?>("--judge")
        {
            Description = "Hallucination: also ask the LLM judge (judge-groundedness rubric) of this configured provider (openai, anthropic, local, or a GenGateway:Providers name) about what the detector let through",
        };
        var judgeThreshold = new Option<double>("--judge-threshold") { Description = "Judge score (0..1) below which an output is hallucinated", DefaultValueFactory = _ => 0.5 };
        var concurrency = new Option<int>("--concurrency") { Description = "Judge calls in flight", DefaultValueFactory = _ => 4 };
        var command = new Command("score", "Accuracy, balanced accuracy, precision, recall and F1 per subset, and a confusion matrix")
        {
            task, dataset, json, split, model, share, misses, judge, judgeThreshold, concurrency,
        };
        command.SetAction((parse, cancellationToken) => EvaluatorsScore.RunAsync(
            new EvaluatorsScoreArguments(parse.GetValue(task)!, parse.GetValue(dataset)!, parse.GetValue(json), ParseSplit(parse.GetValue(split)!),
                parse.GetValue(model), parse.GetValue(share), parse.GetValue(misses), parse.GetValue(judge), parse.GetValue(judgeThreshold), parse.GetValue(concurrency)),
            Console.Out,
            Console.Error,
            cancellationToken));
        return command;
    }

    private static Command FitPoliteness()
    {
        var dataset = new Option<string>("--dataset") { Description = "Politeness JSON Lines file", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model (JSON)", Required = true };
        var split = SplitOption();
        split.DefaultValueFactory = _ => "fit";
        var features = new Option<string>("--features")
        {
            Description = $"{EvaluatorsScore.EmbeddingFeatures} (the built-in model: strategy cues and MiniLM sentence embeddings), "
                          + "or an n-gram model: auto (cross-validation chooses) or one of " + string.Join(", ", PolitenessNgramModel.SetNames),
            DefaultValueFactory = _ => "auto",
        };
        features.AcceptOnlyFromAmong(["auto", EvaluatorsScore.EmbeddingFeatures, .. PolitenessNgramModel.SetNames]);
        var command = new Command("fit-politeness", "Fit a politeness model on one split (default: fit); score the other with 'score --task tone' (built-in) or 'score --task tone --model' (n-gram)")
        {
            dataset, output, split, features,
        };
        command.SetAction(parse => EvaluatorsScore.Fit(
            parse.GetValue(dataset)!, parse.GetValue(output)!, ParseSplit(parse.GetValue(split)!),
            parse.GetValue(features) is "auto" or null ? null : parse.GetValue(features), Console.Out, Console.Error));
        return command;
    }

    private static Command FitReplyRelevance()
    {
        var dataset = new Option<string>("--dataset") { Description = "DailyDialog++ JSON Lines file (smart-replies/ of the shared data)", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model (JSON)", Required = true };
        var split = SplitOption();
        split.DefaultValueFactory = _ => "fit";
        var command = new Command("fit-reply-relevance", "Fit the smart-reply relevance model on MiniLM embeddings of one split (default: fit); score the other with 'score --task smart-reply-relevance --model'")
        {
            dataset, output, split,
        };
        command.SetAction(parse => ReplyRelevanceScore.Fit(parse.GetValue(dataset)!, parse.GetValue(output)!, ParseSplit(parse.GetValue(split)!), Console.Out, Console.Error));
        return command;
    }

    private static Option<string> SplitOption()
    {
        var split = new Option<string>("--split")
        {
            Description = "all, fit (the half parameters were tuned on) or heldout (the other half)",
            DefaultValueFactory = _ => "all",
        };
        split.AcceptOnlyFromAmong("all", "fit", "heldout");
        return split;
    }

    private static DatasetSplit ParseSplit(string split) => split switch
    {
        "fit" => DatasetSplit.Fit,
        "heldout" => DatasetSplit.HeldOut,
        _ => DatasetSplit.All,
    };
}
