using System.Globalization;
using System.Text.Json;
using GenGateway.Evaluation.Measurement;
using GenGateway.Evaluation.Measurement.Pii;
using GenGateway.Evaluation.Tone;
using GenGateway.Storage.Embeddings;

namespace GenGateway.Cli.Commands;

/// <summary>What the <c>evaluators</c> subcommands do, with output streams passed in so tests can drive them.</summary>
public static class EvaluatorsScore
{
    /// <summary>Scores a dataset; <see cref="ExitCodes.InvalidInput"/> with <c>file:line: problem</c> on a bad dataset.</summary>
    public static async Task<int> RunAsync(EvaluatorsScoreArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (args.Judge is not null && args.Task != "hallucination")
        {
            stderr.WriteLine("gengateway: --judge applies to --task hallucination only");
            return ExitCodes.InvalidInput;
        }

        if (args.JudgeThreshold is < 0 or > 1 || args.Concurrency < 1)
        {
            stderr.WriteLine("gengateway: --judge-threshold must be between 0 and 1, and --concurrency 1 or more");
            return ExitCodes.InvalidInput;
        }

        if (args.Misses < 0)
        {
            stderr.WriteLine("gengateway: --misses must be 0 or more");
            return ExitCodes.InvalidInput;
        }

        if (args.MaxUnsupportedShare is < 0 or > 1)
        {
            stderr.WriteLine("gengateway: --max-unsupported-share must be between 0 and 1");
            return ExitCodes.InvalidInput;
        }

        if (args.Task == ReplyRelevanceScore.TaskName)
        {
            return ReplyRelevanceScore.Run(args, stdout, stderr);
        }

        if (args.Task == "pii")
        {
            return ScorePii(args, stdout, stderr);
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
                    ? Measurements.Tone(rows, args.Split, args.Model is { } path ? PolitenessNgramModel.Load(path) : new PolitenessScorer(MiniLmEmbeddingGenerator.Shared))
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

    private static int ScorePii(EvaluatorsScoreArguments args, TextWriter stdout, TextWriter stderr)
    {
        PiiReport report;
        try
        {
            report = PiiMeasurement.Score(PiiCorpusReader.Read(args.Dataset));
        }
        catch (DatasetFormatException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.InvalidInput;
        }

        if (args.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["task"] = "pii",
                ["rows"] = report.Rows,
                ["kinds"] = report.Kinds.ToDictionary(k => TypeName(k.Kind), k => (object)new Dictionary<string, object>
                {
                    ["gold"] = k.Gold,
                    ["found"] = k.Found,
                    ["detections"] = k.Detections,
                    ["correct"] = k.Correct,
                    ["recall"] = Math.Round(k.Recall, 4),
                    ["precision"] = Math.Round(k.Precision, 4),
                }),
            }));
            return ExitCodes.Success;
        }

        stdout.WriteLine($"pii on {args.Dataset}: {report.Rows} rows; found = every letter/digit of a gold span redacted as its kind");
        stdout.WriteLine();
        stdout.WriteLine($"{"type",-14} {"gold",5} {"found",6} {"recall",8} {"detected",9} {"correct",8} {"precision",10}");
        foreach (PiiKindFigures k in report.Kinds)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{TypeName(k.Kind),-14} {k.Gold,5} {k.Found,6} {k.Recall,8:P1} {k.Detections,9} {k.Correct,8} {k.Precision,10:P1}"));
        }

        int total = report.Kinds.Sum(k => k.Gold);
        int detected = report.Kinds.Sum(k => k.Detections);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"ALL",-14} {total,5} {report.Kinds.Sum(k => k.Found),6} {(double)report.Kinds.Sum(k => k.Found) / Math.Max(1, total),8:P1} {detected,9} {report.Kinds.Sum(k => k.Correct),8} {(double)report.Kinds.Sum(k => k.Correct) / Math.Max(1, detected),10:P1}"));
        if (args.Misses > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine($"misses ({Math.Min(args.Misses, report.Misses.Count)} of {report.Misses.Count}; file:line id what type value | text):");
            foreach (PiiMiss miss in report.Misses.Take(args.Misses))
            {
                stdout.WriteLine($"{Path.GetFileName(args.Dataset)}:{miss.Line} {miss.Id} {miss.What} {TypeName(miss.Kind)} '{miss.Value}' | {miss.Text}");
            }
        }

        return ExitCodes.Success;
    }

    private static string TypeName(GenGateway.Evaluation.Pii.PiiKind kind) => PiiCorpusReader.Types.First(t => t.Value == kind).Key;

    /// <summary><c>fit-politeness --features</c> value that fits the built-in model (cues and MiniLM embeddings).</summary>
    public const string EmbeddingFeatures = "cues+minilm";

    /// <summary>Fits a politeness model (the built-in kind for <see cref="EmbeddingFeatures"/>, else an n-gram model) on one split and writes it.</summary>
    public static int Fit(string dataset, string output, DatasetSplit split, string? features, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var rows = Splitter.Select(DatasetReader.Read(dataset, MeasurementTask.Tone), split);
            var fittedOn = $"{Path.GetFileName(dataset)} split={split.ToString().ToLowerInvariant()} rows={rows.Count}";
            if (features == EmbeddingFeatures)
            {
                PolitenessModel.Fit(rows, MiniLmEmbeddingGenerator.Shared, fittedOn).Save(output);
            }
            else
            {
                PolitenessNgramModel.Fit(rows, fittedOn, features).Save(output);
            }

            stdout.WriteLine($"fitted on {rows.Count} rows ({split.ToString().ToLowerInvariant()} split of {dataset}); wrote {output}");
            return ExitCodes.Success;
        }
        catch (DatasetFormatException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (ArgumentException ex)
        {
            // Rows that cannot be fitted (no polite or no impolite row in the split).
            stderr.WriteLine($"{dataset}: {ex.Message}");
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
