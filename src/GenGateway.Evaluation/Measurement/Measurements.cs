using System.Globalization;

namespace GenGateway.Evaluation.Measurement;

/// <summary>Scores labelled datasets with the deterministic evaluators.</summary>
public static class Measurements
{
    /// <summary>Subset name of the two-class politeness figure (polite and impolite rows only, forced binary decision).</summary>
    public const string PoliteVsImpolite = "polite_vs_impolite";

    private const string DetectorName = "grounding claims + unsupported content-word share";

    /// <summary>Hallucination detection: positive class is <c>hallucinated</c>.</summary>
    public static MeasurementReport Hallucination(IReadOnlyList<LabelledRow> rows, DatasetSplit split, HallucinationDetector detector) =>
        Hallucination(Splitter.Select(rows, split), split, row => detector.Judge(row.Context, row.Text), DetectorName);

    private static MeasurementReport Hallucination(IReadOnlyList<LabelledRow> selected, DatasetSplit split, Func<LabelledRow, HallucinationVerdict> judge, string model)
    {
        var overall = new BinaryMetrics();
        var subsets = new SortedDictionary<string, BinaryMetrics>(StringComparer.Ordinal);
        var confusion = new ConfusionMatrix(DatasetReader.HallucinationLabels);
        var misses = new List<MeasurementMiss>();
        foreach (LabelledRow row in selected)
        {
            HallucinationVerdict verdict = judge(row);
            bool predicted = verdict.Hallucinated;
            bool actual = row.Label == "hallucinated";
            if (predicted != actual)
            {
                misses.Add(new MeasurementMiss(row.Line, row.Id, row.Label, predicted ? "hallucinated" : "grounded", verdict.UnsupportedWordShare, row.Text));
            }

            overall.Add(actual, predicted);
            Subset(subsets, row.Subset).Add(actual, predicted);
            confusion.Add(row.Label, predicted ? "hallucinated" : "grounded");
        }

        return new MeasurementReport(MeasurementTask.Hallucination, split, Figures.Of(overall),
            subsets.ToDictionary(s => s.Key, s => Figures.Of(s.Value)), confusion, model, misses);
    }

    /// <summary>
    /// Hallucination detection with a model judge on top of the deterministic detector, as in the gateway: the judge
    /// sees only what the detector let through and can only add a "hallucinated"; a judge that gives no usable answer
    /// leaves the detector's verdict (and is counted in the report's model line).
    /// </summary>
    public static async Task<MeasurementReport> HallucinationAsync(
        IReadOnlyList<LabelledRow> rows, DatasetSplit split, HallucinationDetector detector, IHallucinationJudge judge, double threshold,
        int concurrency, CancellationToken cancellationToken)
    {
        IReadOnlyList<LabelledRow> selected = Splitter.Select(rows, split);
        var verdicts = selected.ToDictionary(row => row, row => detector.Judge(row.Context, row.Text));
        var passed = selected.Where(row => !verdicts[row].Hallucinated).ToList();
        var scores = new double?[passed.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, passed.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = cancellationToken },
            async (i, token) => scores[i] = await judge.ScoreAsync(passed[i].Context, passed[i].Text, token));

        for (int i = 0; i < passed.Count; i++)
        {
            if (scores[i] < threshold)
            {
                verdicts[passed[i]] = verdicts[passed[i]] with { Hallucinated = true };
            }
        }

        string model = string.Create(CultureInfo.InvariantCulture,
            $"{DetectorName} + judge {judge.Description} (hallucinated below {threshold:0.##}; {scores.Count(s => s is null)} of {passed.Count} rows unanswered)");
        return Hallucination(selected, split, row => verdicts[row], model);
    }

    /// <summary>Politeness: three-way figures (macro averages) and the polite-vs-impolite figure (positive class impolite).</summary>
    public static MeasurementReport Tone(IReadOnlyList<LabelledRow> rows, DatasetSplit split, IPolitenessClassifier classifier)
    {
        var confusion = new ConfusionMatrix(DatasetReader.ToneLabels);
        var subsets = new SortedDictionary<string, ConfusionMatrix>(StringComparer.Ordinal);
        var binary = new BinaryMetrics();
        var misses = new List<MeasurementMiss>();
        foreach (LabelledRow row in Splitter.Select(rows, split))
        {
            double score = classifier.Score(row.Text);
            string predicted = classifier.Label(score);
            if (predicted != row.Label)
            {
                misses.Add(new MeasurementMiss(row.Line, row.Id, row.Label, predicted, score, row.Text));
            }

            confusion.Add(row.Label, predicted);
            if (!subsets.TryGetValue(row.Subset, out ConfusionMatrix? subset))
            {
                subsets[row.Subset] = subset = new ConfusionMatrix(DatasetReader.ToneLabels);
            }

            subset.Add(row.Label, predicted);
            if (row.Label != "neutral")
            {
                // The paper's task: polite or impolite, no abstaining; ties go to polite.
                binary.Add(row.Label == "impolite", score < 0);
            }
        }

        var figures = subsets.ToDictionary(s => s.Key, s => Figures.Of(s.Value));
        figures[PoliteVsImpolite] = Figures.Of(binary);
        return new MeasurementReport(MeasurementTask.Tone, split, Figures.Of(confusion), figures, confusion, classifier.Description, misses);
    }

    private static BinaryMetrics Subset(SortedDictionary<string, BinaryMetrics> subsets, string name)
    {
        if (!subsets.TryGetValue(name, out BinaryMetrics? m))
        {
            subsets[name] = m = new BinaryMetrics();
        }

        return m;
    }
}
