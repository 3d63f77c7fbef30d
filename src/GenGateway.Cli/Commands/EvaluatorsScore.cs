using System.Globalization;
using System.Text.Json;
using GenGateway.Evaluation.Measurement;

namespace GenGateway.Cli.Commands;

/// <summary>What the <c>evaluators</c> subcommands do, with output streams passed in so tests can drive them.</summary>
public static class EvaluatorsScore
{
    /// <summary>Scores a dataset; <see cref="ExitCodes.InvalidInput"/> with <c>file:line: problem</c> on a bad dataset.</summary>
    public static async Task<int> RunAsync(EvaluatorsScoreArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (args.Judge is not null && args.Task != "hallucination")
        {
            stderr.WriteLine("--judge applies to --task hallucination only");
            return ExitCodes.InvalidInput;
        }

        if (args.JudgeThreshold is < 0 or > 1 || args.Concurrency < 1)
        {
            stderr.WriteLine("--judge-threshold must be between 0 and 1, and --concurrency 1 or more");
            return ExitCodes.InvalidInput;
        }

        if (args.Misses < 0)
        {
            stderr.WriteLine("--misses must be 0 or more");
            return ExitCodes.InvalidInput;
        }

        if (args.MaxUnsupportedShare is < 0 or > 1)
        {
            stderr.WriteLine("--max-unsupported-share must be between 0 and 1");
            return ExitCodes.InvalidInput;
        }

        if (args.Task == ReplyRelevanceScore.TaskName)
        {
            return ReplyRelevanceScore.Run(args, stdout, stderr);
        }

        MeasurementReport report;
        try
        {
            var task = args.Task == "tone" ? MeasurementTask.Tone : MeasurementTask.Hallucination;
            var rows = DatasetReader.Read(args.Dataset, task);
            var detector = new HallucinationDetector(args.MaxUnsupportedShare);
            if (args.Judge is { } provider)
            {
                await using var judge = ModelHallucinationJudge.Create(provider, args.Environment);
                report = await Measurements.HallucinationAsync(rows, args.Split, detector, judge, args.JudgeThreshold, args.Concurrency, cancellationToken);
            }
            else
            {
                report = task == MeasurementTask.Tone
                    ? Measurements.Tone(rows, args.Split, args.Model is { } path ? PolitenessNgramModel.Load(path) : new CuePolitenessClassifier())
                    : Measurements.Hallucination(rows, args.Split, detector);
            }
        }
        catch (DatasetFormatException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            stderr.WriteLine($"--judge {args.Judge}: {ex.Message}");
            stderr.WriteLine("(providers come from OPENAI_API_KEY [+ OPENAI_BASE_URL, GENGATEWAY_MODEL] -> 'openai', ANTHROPIC_API_KEY -> 'anthropic', "
                + "GENGATEWAY_LOCAL_MODEL -> 'local', or GenGateway__Providers__<name>__... variables)");
            return ExitCodes.InvalidInput;
        }

        if (args.Json)
        {
            stdout.WriteLine(ToJson(report));
        }
        else
        {
            WriteTables(report, args.Dataset, stdout);
            WriteMisses(report, args.Dataset, args.Misses, stdout);
        }

        return ExitCodes.Success;
    }

    /// <summary>Fits the politeness n-gram model on one split and writes it.</summary>
    public static int Fit(string dataset, string output, DatasetSplit split, string? features, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var rows = Splitter.Select(DatasetReader.Read(dataset, MeasurementTask.Tone), split);
            var model = PolitenessNgramModel.Fit(rows, $"{Path.GetFileName(dataset)} split={split.ToString().ToLowerInvariant()} rows={rows.Count}", features);
            model.Save(output);
            stdout.WriteLine($"fitted on {rows.Count} rows ({split.ToString().ToLowerInvariant()} split of {dataset}); wrote {output}");
            return ExitCodes.Success;
        }
        catch (DatasetFormatException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>The one-line JSON form of a report.</summary>
    public static string ToJson(MeasurementReport report)
    {
        var root = Fields(report.Overall);
        root["task"] = report.Task.ToString().ToLowerInvariant();
        root["split"] = report.Split.ToString().ToLowerInvariant();
        root["model"] = report.Model;
        root["subsets"] = report.Subsets.ToDictionary(s => s.Key, s => (object)Fields(s.Value));
        root["confusion"] = new Dictionary<string, object>
        {
            ["labels"] = report.Confusion.Labels,
            ["counts"] = report.Confusion.Labels.Select(a => report.Confusion.Labels.Select(p => report.Confusion[a, p]).ToArray()).ToArray(),
        };
        return JsonSerializer.Serialize(root);
    }

    private static Dictionary<string, object> Fields(Figures f) => new()
    {
        ["rows"] = f.Rows,
        ["accuracy"] = Math.Round(f.Accuracy, 4),
        ["balanced_accuracy"] = Math.Round(f.BalancedAccuracy, 4),
        ["precision"] = Math.Round(f.Precision, 4),
        ["recall"] = Math.Round(f.Recall, 4),
        ["f1"] = Math.Round(f.F1, 4),
    };

    private static void WriteMisses(MeasurementReport report, string dataset, int count, TextWriter o)
    {
        if (count == 0)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine($"misses ({Math.Min(count, report.Misses.Count)} of {report.Misses.Count}; file:line id gold -> predicted score text):");
        foreach (MeasurementMiss miss in report.Misses.Take(count))
        {
            string text = miss.Text.ReplaceLineEndings(" ");
            text = text.Length <= 160 ? text : text[..160] + "…";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(dataset)}:{miss.Line} {miss.Id} {miss.Gold} -> {miss.Predicted} {miss.Score:F2} {text}"));
        }
    }

    private static void WriteTables(MeasurementReport report, string dataset, TextWriter o)
    {
        string positive = report.Task == MeasurementTask.Tone ? "macro over 3 classes; polite_vs_impolite: positive = impolite" : "positive = hallucinated";
        o.WriteLine($"{report.Task.ToString().ToLowerInvariant()} on {dataset} (split {report.Split.ToString().ToLowerInvariant()}), {report.Model}; {positive}");
        o.WriteLine();
        o.WriteLine($"{"subset",-22} {"rows",6} {"accuracy",9} {"balanced",9} {"precision",10} {"recall",7} {"f1",6}");
        foreach (var (name, f) in report.Subsets.Append(new KeyValuePair<string, Figures>("ALL", report.Overall)))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {f.Rows,6} {f.Accuracy,9:P1} {f.BalancedAccuracy,9:P1} {f.Precision,10:P1} {f.Recall,7:P1} {f.F1,6:F3}"));
        }

        o.WriteLine();
        o.WriteLine("confusion (rows = gold, columns = predicted):");
        o.WriteLine($"{string.Empty,-14}" + string.Concat(report.Confusion.Labels.Select(l => $"{l,14}")));
        foreach (var gold in report.Confusion.Labels)
        {
            o.WriteLine($"{gold,-14}" + string.Concat(report.Confusion.Labels.Select(p => $"{report.Confusion[gold, p],14}")));
        }
    }
}
