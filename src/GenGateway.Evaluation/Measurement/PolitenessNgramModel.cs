using System.Text.Json;
using System.Text.Json.Serialization;
using GenGateway.Evaluation.Text;
using GenGateway.Evaluation.Tone;

namespace GenGateway.Evaluation.Measurement;

/// <summary>
/// Logistic regression over politeness-strategy cues (optionally with word unigrams, bigrams and the first word), fitted on
/// polite and impolite rows (as the politeness paper's classifier), with a neutral band fitted on all rows.
/// </summary>
public sealed class PolitenessNgramModel : IPolitenessClassifier
{
    private const int MinFeatureCount = 2;
    private const int Epochs = 40;
    private const double LearningRate = 0.05;
    private const int Folds = 5;

    private const string CuePrefix = "cue:";

    // 0: strategy cues; 1: cues and words; 2: cues, words, bigrams and the first word. Chosen by cross-validation.
    private static readonly int[] FeatureSets = [0, 1, 2];

    /// <summary>Names of the feature sets, as <c>fit-politeness --features</c> takes them.</summary>
    public static IReadOnlyList<string> SetNames { get; } = ["cues", "cues+words", "cues+words+bigrams"];

    private static readonly double[] L2Candidates = [0.001, 0.01, 0.03, 0.1, 0.3];

    internal static readonly JsonSerializerOptions Json = new() { WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    private PolitenessNgramModel(ModelFile file) => File = file;

    /// <inheritdoc />
    public string Description => $"fitted model ({File.FittedOn})";

    private ModelFile File { get; }

    /// <summary>
    /// Fits a model on <paramref name="rows"/>; <paramref name="fittedOn"/> is recorded in the file. The L2 strength is
    /// chosen by 5-fold cross-validation inside <paramref name="rows"/>, and the neutral band on out-of-fold scores, so
    /// nothing outside <paramref name="rows"/> is looked at. <paramref name="features"/> (one of <see cref="SetNames"/>)
    /// fixes the feature set; null lets cross-validation choose it too.
    /// </summary>
    public static PolitenessNgramModel Fit(IReadOnlyList<LabelledRow> rows, string fittedOn, string? features = null)
    {
        int[] sets = features is null ? FeatureSets : [SetIndex(features)];
        var binaryRows = rows.Where(r => r.Label != "neutral").ToList();
        double bestL2 = L2Candidates[0];
        int bestSet = 0;
        double bestAccuracy = -1;
        double[] bestOutOfFold = [];
        foreach ((int set, double l2) in sets.SelectMany(set => L2Candidates.Select(l2 => (set, l2))))
        {
            var binary = binaryRows.Select(r => (Features: Features(r.Text, set), Polite: r.Label == "polite")).ToList();
            double[] outOfFold = new double[binary.Count];
            for (int fold = 0; fold < Folds; fold++)
            {
                var train = binary.Where((_, i) => i % Folds != fold).ToList();
                (double bias, Dictionary<string, double> weights) = Train(train, l2);
                for (int i = fold; i < binary.Count; i += Folds)
                {
                    outOfFold[i] = Score(binary[i].Features, bias, weights);
                }
            }

            double accuracy = binary.Where((b, i) => (outOfFold[i] >= 0) == b.Polite).Count() / (double)Math.Max(1, binary.Count);
            if (accuracy > bestAccuracy)
            {
                (bestSet, bestL2, bestAccuracy, bestOutOfFold) = (set, l2, accuracy, outOfFold);
            }
        }

        var chosen = binaryRows.Select(r => (Features: Features(r.Text, bestSet), Polite: r.Label == "polite")).ToList();
        (double finalBias, Dictionary<string, double> finalWeights) = Train(chosen, bestL2);
        var file = new ModelFile
        {
            FittedOn = fittedOn + string.Create(System.Globalization.CultureInfo.InvariantCulture, $" features={SetNames[bestSet]} l2={bestL2} cv-accuracy={bestAccuracy:F3}"),
            FeatureSet = bestSet,
            Bias = finalBias,
            Weights = finalWeights,
        };
        var model = new PolitenessNgramModel(file);
        var scored = new List<(double Score, string Label)>();
        scored.AddRange(chosen.Select((b, i) => (bestOutOfFold[i], b.Polite ? "polite" : "impolite")));
        scored.AddRange(rows.Where(r => r.Label == "neutral").Select(r => (model.Score(r.Text), r.Label)));
        (file.NeutralLow, file.NeutralHigh) = FitNeutralBand(scored, finalBias);
        return model;
    }

    // +1 or -1 for a politeness strategy cue (its sign is fixed), 0 for a word feature (free).
    private static int DirectionOf(string feature) =>
        feature.StartsWith(CuePrefix, StringComparison.Ordinal)
            ? PolitenessStrategies.Direction[Enum.Parse<ToneCueKind>(feature.AsSpan(CuePrefix.Length))]
            : 0;

    private static int SetIndex(string name)
    {
        for (int i = 0; i < SetNames.Count; i++)
        {
            if (SetNames[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown feature set '{name}'; expected one of {string.Join(", ", SetNames)}", nameof(name));
    }

    private static (double Bias, Dictionary<string, double> Weights) Train(List<(List<string> Features, bool Polite)> rows, double l2)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((List<string> features, bool _) in rows)
        {
            foreach (string f in features.Distinct())
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        var weights = counts.Where(c => c.Value >= MinFeatureCount).ToDictionary(c => c.Key, _ => 0.0, StringComparer.Ordinal);
        var directions = weights.Keys.ToDictionary(f => f, DirectionOf, StringComparer.Ordinal);
        double bias = 0;
        var random = new Random(20240917);
        var order = Enumerable.Range(0, rows.Count).ToArray();
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                (List<string> features, bool polite) = rows[i];
                double gradient = (polite ? 1 : 0) - (1 / (1 + Math.Exp(-Score(features, bias, weights))));
                bias += LearningRate * gradient;
                foreach (string f in features)
                {
                    if (weights.TryGetValue(f, out double w))
                    {
                        // Projected gradient step: a strategy weight that would cross zero stops at zero.
                        double next = w + (LearningRate * (gradient - (l2 * w)));
                        weights[f] = directions[f] switch { > 0 => Math.Max(0, next), < 0 => Math.Min(0, next), _ => next };
                    }
                }
            }
        }

        return (bias, weights);
    }

    private static double Score(List<string> features, double bias, Dictionary<string, double> weights)
    {
        double z = bias;
        foreach (string f in features)
        {
            z += weights.GetValueOrDefault(f);
        }

        return z;
    }

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="DatasetFormatException">The file is missing or not a model.</exception>
    public static PolitenessNgramModel Load(string path)
    {
        DatasetFormatException.EnsureFile(path, "a model .json file");
        ModelFile file;
        try
        {
            file = JsonSerializer.Deserialize<ModelFile>(System.IO.File.ReadAllText(path), Json)
                ?? throw new DatasetFormatException(path, 0, "empty model file");
        }
        catch (JsonException ex)
        {
            throw DatasetFormatException.NotA(path, "a politeness model written by 'evaluators fit-politeness'", ex);
        }
        catch (IOException ex)
        {
            throw new DatasetFormatException(path, 0, "cannot be read: " + ex.Message);
        }

        return file.Weights is { Count: > 0 } ? new PolitenessNgramModel(file) : throw new DatasetFormatException(path, 0, "model has no weights");
    }

    /// <summary>Writes the model as JSON.</summary>
    public void Save(string path) => System.IO.File.WriteAllText(path, JsonSerializer.Serialize(File, Json));

    /// <inheritdoc />
    public double Score(string text) => Score(Features(text, File.FeatureSet), File.Bias, File.Weights);

    /// <inheritdoc />
    public string Label(double score) => score >= File.NeutralHigh ? "polite" : score <= File.NeutralLow ? "impolite" : "neutral";

    // Balanced (mean per-class recall), not plain accuracy: neutral is half the rows, and a band tuned for accuracy
    // swallows nearly every impolite text. The band must hold the bias, the score of a text with no features at all:
    // a text that uses no politeness strategy is neutral.
    internal static (double Low, double High) FitNeutralBand(List<(double Score, string Label)> scored, double bias)
    {
        double[] cuts = [.. scored.Select(s => s.Score).Order().Where((_, i) => i % 5 == 0)];
        var totals = scored.GroupBy(s => s.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Without a cut on each side of the bias (tiny data), the band is the bias alone.
        (double bestLow, double bestHigh, double best) = (bias - 1e-9, bias + 1e-9, -1);
        foreach (double low in cuts)
        {
            foreach (double high in cuts.Where(c => c > low && low < bias && c > bias))
            {
                double balanced = scored.Where(s => (s.Score >= high ? "polite" : s.Score <= low ? "impolite" : "neutral") == s.Label)
                    .GroupBy(s => s.Label)
                    .Sum(g => g.Count() / (double)totals[g.Key]) / totals.Count;
                if (balanced > best)
                {
                    (bestLow, bestHigh, best) = (low, high, balanced);
                }
            }
        }

        return (bestLow, bestHigh);
    }

    private static List<string> Features(string text, int set)
    {
        var features = new List<string>();
        // Presence, not counts: the paper's strategies are binary, and counts let long texts swamp the bias.
        foreach (ToneCueKind kind in ToneAnalyzer.Analyze(text).Cues.Select(c => c.Kind).Distinct())
        {
            if (PolitenessStrategies.Direction.ContainsKey(kind))
            {
                features.Add(CuePrefix + kind);
            }
        }

        string? previous = null;
        bool first = true;
        foreach (Token t in Tokenizer.Tokenize(text))
        {
            string w = t.Kind == TokenKind.Number ? "<num>" : t.Lower;
            if (t.Kind == TokenKind.Symbol && w is not ("?" or "!"))
            {
                continue;
            }

            if (first)
            {
                if (set >= 2)
                {
                    features.Add("first:" + w);
                }
                first = false;
            }

            if (set >= 1)
            {
                features.Add("w:" + w);
            }
            if (previous is not null)
            {
                if (set >= 2)
                {
                    features.Add("b:" + previous + "_" + w);
                }
            }

            previous = w;
        }

        return features;
    }

    /// <summary>The on-disk form.</summary>
    internal sealed class ModelFile
    {
        public string FittedOn { get; set; } = string.Empty;

        public int FeatureSet { get; set; }

        public double Bias { get; set; }

        public double NeutralLow { get; set; }

        public double NeutralHigh { get; set; }

        public Dictionary<string, double> Weights { get; set; } = new(StringComparer.Ordinal);
    }
}
