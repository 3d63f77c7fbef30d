using System.Globalization;
using System.Text.Json;
using GenGateway.Evaluation.Measurement;
using GenGateway.Evaluation.Relevance;
using GenGateway.Storage.Embeddings;

namespace GenGateway.Cli.Commands;

/// <summary>
/// <c>evaluators score --task smart-reply-relevance</c> and <c>evaluators fit-reply-relevance</c>: the smart-reply
/// relevance model on DailyDialog++, embedded with the gateway's MiniLM model (what the weights belong to).
/// </summary>
public static class ReplyRelevanceScore
{
    /// <summary>The <c>--task</c> value.</summary>
    public const string TaskName = "smart-reply-relevance";

    /// <summary>Scores a dataset; <see cref="ExitCodes.InvalidInput"/> with <c>file:line: problem</c> on a bad dataset or model.</summary>
    public static int Run(EvaluatorsScoreArguments args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ReplyRankingReport report;
        try
        {
            var model = args.Model is { } path ? LoadModel(path) : ReplyRelevanceModel.BuiltIn;
            var groups = ReplyRanking.Load(args.Dataset, args.Split, Embed(stderr));
            report = ReplyRanking.Measure(groups, model, args.Model is null ? $"built-in relevance model ({model.FittedOn})" : args.Model);
        }
        catch (DatasetFormatException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.InvalidInput;
        }

        var split = args.Split.ToString().ToLowerInvariant();
        if (args.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["task"] = TaskName,
                ["split"] = split,
                ["model"] = report.Model,
                ["contexts"] = report.Contexts,
                ["accuracy"] = Math.Round(report.Accuracy, 4),
                ["pairwise_accuracy"] = Math.Round(report.PairwiseAccuracy, 4),
                ["threshold_accuracy"] = Math.Round(report.ThresholdAccuracy, 4),
            }));
        }
        else
        {
            stdout.WriteLine($"{TaskName} on {args.Dataset} (split {split}), {report.Model}; human replies vs adversarial negatives");
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"contexts {report.Contexts}  accuracy {report.Accuracy:P1}  pairwise {report.PairwiseAccuracy:P1}  threshold {report.ThresholdAccuracy:P1}"));
        }

        return ExitCodes.Success;
    }

    /// <summary>Fits the relevance model on one split and writes it.</summary>
    public static int Fit(string dataset, string output, DatasetSplit split, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var rows = ReplyRankingDataset.Select(ReplyRankingDataset.Read(dataset), split);
            var groups = ReplyRanking.Embed(rows, Embed(stderr));
            var name = split.ToString().ToLowerInvariant();
            var model = ReplyRelevanceModel.Fit(groups, MiniLmEmbeddingGenerator.Dimension, MiniLmEmbeddingGenerator.ModelName,
                $"{Path.GetFileName(dataset)} split={name} contexts={rows.Count}");
            model.Save(output);
            stdout.WriteLine($"fitted on {rows.Count} contexts ({name} split of {dataset}); wrote {output}");
            return ExitCodes.Success;
        }
        catch (DatasetFormatException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.InvalidInput;
        }
    }

    private static ReplyRelevanceModel LoadModel(string path)
    {
        DatasetFormatException.EnsureFile(path, "a model .json file");
        try
        {
            using var stream = File.OpenRead(path);
            return ReplyRelevanceModel.Load(stream);
        }
        catch (JsonException ex)
        {
            throw DatasetFormatException.NotA(path, "a relevance model written by 'evaluators fit-reply-relevance'", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new DatasetFormatException(path, 0, "not a relevance model: " + ex.Message);
        }
    }

    private static Func<IReadOnlyList<string>, float[][]> Embed(TextWriter stderr) => texts =>
    {
        stderr.WriteLine($"embedding {texts.Count} texts with {MiniLmEmbeddingGenerator.ModelName}…");
        return MiniLmEmbeddingGenerator.Shared.Embed(texts);
    };
}
