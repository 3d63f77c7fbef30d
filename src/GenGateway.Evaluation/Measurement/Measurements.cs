namespace GenGateway.Evaluation.Measurement;

/// <summary>Scores labelled datasets with the deterministic evaluators.</summary>
public static class Measurements
{
    /// <summary>Subset name of the two-class politeness figure (polite and impolite rows only, forced binary decision).</summary>
    public const string PoliteVsImpolite = "polite_vs_impolite";

    /// <summary>Hallucination detection: positive class is <c>hallucinated</c>.</summary>
    public static MeasurementReport Hallucination(IReadOnlyList<LabelledRow> rows, DatasetSplit split, HallucinationDetector detector)
    {
        var overall = new BinaryMetrics();
        var subsets = new SortedDictionary<string, BinaryMetrics>(StringComparer.Ordinal);
        var confusion = new ConfusionMatrix(DatasetReader.HallucinationLabels);
        var misses = new List<MeasurementMiss>();
        foreach (LabelledRow row in Splitter.Select(rows, split))
        {
            HallucinationVerdict verdict = detector.Judge(row.Context, row.Text);
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
            subsets.ToDictionary(s => s.Key, s => Figures.Of(s.Value)), confusion, "grounding claims + unsupported content-word share", misses);
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
