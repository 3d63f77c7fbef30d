using System.Globalization;
using System.Text.Json;
using GenGateway.Evaluation.Measurement;

namespace GenGateway.Evaluation.Tone;

/// <summary>
/// Logistic regression for polite over impolite on the politeness strategies of <see cref="PolitenessStrategies"/>
/// (presence, each weight kept to the direction the politeness paper found) and the text's sentence embedding, with a
/// neutral band between the two classes.
/// </summary>
/// <remarks>
/// The shipped weights are <c>PolitenessWeights.json</c>, written by <c>gengateway evaluators fit-politeness --dataset
/// politeness-dev.jsonl --split fit --features cues+minilm --out src/GenGateway.Evaluation/Tone/PolitenessWeights.json</c>
/// from the fit half only, so <c>evaluators score --task tone --split heldout</c> measures rows the weights never saw.
/// The fit is deterministic (rows in file order, full-batch gradient steps, fixed count, no randomness) and the weights
/// are rounded, so a refit gives the same file byte for byte. Refit after changing the cues or the embedding model.
/// </remarks>
public sealed class PolitenessModel
{
    /// <summary>
    /// The highest score a text with an insult can have. Fixed, not fitted: the corpus is requests between colleagues
    /// and holds too few insults to weigh them, and "thanks so much, idiot" is impolite however many polite
    /// strategies surround the insult.
    /// </summary>
    public const double InsultScore = -2.0;

    private const string ResourceName = "GenGateway.Evaluation.Tone.PolitenessWeights.json";
    private const int Iterations = 1000;
    private const double LearningRate = 0.5;
    private const int Folds = 5;
    private const int Decimals = 6;

    // Tried strongest first, so a tie in cross-validated accuracy goes to the stronger regularisation.
    private static readonly double[] L2Candidates = [0.3, 0.1, 0.03, 0.01, 0.003, 0.001];

    private static readonly ToneCueKind[] Strategies = [.. PolitenessStrategies.Direction.Keys.Order()];

    // Relaxed escaping keeps the '+' of "cues+model" readable in the data file.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<PolitenessModel> Shipped = new(LoadBuiltIn);

    private readonly double[] _cueWeights;
    private readonly double[] _embeddingWeights;

    private PolitenessModel(Weights file)
    {
        File = file;
        _cueWeights = new double[Enum.GetValues<ToneCueKind>().Length];
        foreach ((string name, double weight) in file.Cues)
        {
            _cueWeights[(int)Enum.Parse<ToneCueKind>(name)] = weight;
        }

        _embeddingWeights = file.Embedding;
    }

    /// <summary>The model shipped with the gateway.</summary>
    public static PolitenessModel BuiltIn => Shipped.Value;

    /// <summary>Id of the embedding model the weights were fitted on.</summary>
    public string Embedder => File.Embedder;

    /// <summary>What the weights were fitted on, for reports.</summary>
    public string FittedOn => File.FittedOn;

    /// <summary>Score at or above which a text is polite.</summary>
    internal double PoliteThreshold => File.NeutralHigh;

    /// <summary>Score at or below which a text is impolite.</summary>
    internal double ImpoliteThreshold => File.NeutralLow;

    private Weights File { get; }

    /// <summary>The log-odds of polite over impolite for a text's cues and embedding.</summary>
    internal double Score(IReadOnlyList<ToneCue> cues, ReadOnlySpan<float> embedding)
    {
        if (embedding.Length != _embeddingWeights.Length)
        {
            throw new ArgumentException($"the politeness weights take {_embeddingWeights.Length}-dimensional embeddings, not {embedding.Length}", nameof(embedding));
        }

        Span<bool> present = stackalloc bool[_cueWeights.Length];
        foreach (ToneCue c in cues)
        {
            present[(int)c.Kind] = true;
        }

        double score = File.Bias;
        for (int k = 0; k < present.Length; k++)
        {
            if (present[k])
            {
                score += _cueWeights[k];
            }
        }

        for (int k = 0; k < embedding.Length; k++)
        {
            score += _embeddingWeights[k] * embedding[k];
        }

        return present[(int)ToneCueKind.Insult] ? Math.Min(score, InsultScore) : score;
    }

    /// <summary>The three-way level for a score.</summary>
    internal PolitenessLevel LevelOf(double score) =>
        score >= PoliteThreshold ? PolitenessLevel.Polite : score <= ImpoliteThreshold ? PolitenessLevel.Impolite : PolitenessLevel.Neutral;

    /// <summary>
    /// Fits the model on <paramref name="rows"/> (polite and impolite rows for the weights, all rows for the neutral
    /// band) with <paramref name="encoder"/>'s embeddings. The L2 strength is chosen by 5-fold cross-validation inside
    /// <paramref name="rows"/> and the band on out-of-fold scores, so nothing outside <paramref name="rows"/> is looked at.
    /// </summary>
    public static PolitenessModel Fit(IReadOnlyList<LabelledRow> rows, ISentenceEncoder encoder, string fittedOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(encoder);
        float[][] embeddings = encoder.Encode([.. rows.Select(r => r.Text)], cancellationToken);
        var examples = rows.Select((r, i) => (Features: Features(CueFinder.Find(r.Text), embeddings[i]), r.Label)).ToList();
        var binary = examples.Where(e => e.Label != "neutral").Select(e => (e.Features, Polite: e.Label == "polite")).ToList();
        if (binary.Count < Folds || binary.All(b => b.Polite) || binary.All(b => !b.Polite))
        {
            throw new ArgumentException("fitting needs polite and impolite rows", nameof(rows));
        }

        int size = binary[0].Features.Length;
        int[] directions = [.. Strategies.Select(s => PolitenessStrategies.Direction[s]), .. new int[size - Strategies.Length]];
        (double bestL2, double bestAccuracy, double[] bestOutOfFold) = (L2Candidates[0], -1, []);
        foreach (double l2 in L2Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double[] outOfFold = new double[binary.Count];
            for (int fold = 0; fold < Folds; fold++)
            {
                var train = binary.Where((_, i) => i % Folds != fold).ToList();
                (double bias, double[] weights) = Train(train, directions, l2);
                for (int i = fold; i < binary.Count; i += Folds)
                {
                    outOfFold[i] = Dot(binary[i].Features, bias, weights);
                }
            }

            double accuracy = binary.Where((b, i) => (outOfFold[i] >= 0) == b.Polite).Count() / (double)binary.Count;
            if (accuracy > bestAccuracy)
            {
                (bestL2, bestAccuracy, bestOutOfFold) = (l2, accuracy, outOfFold);
            }
        }

        (double finalBias, double[] finalWeights) = Train(binary, directions, bestL2);
        finalBias = Math.Round(finalBias, Decimals);
        for (int k = 0; k < finalWeights.Length; k++)
        {
            finalWeights[k] = Math.Round(finalWeights[k], Decimals);
        }

        var scored = binary.Select((b, i) => (bestOutOfFold[i], b.Polite ? "polite" : "impolite"))
            .Concat(examples.Where(e => e.Label == "neutral").Select(e => (Dot(e.Features, finalBias, finalWeights), e.Label)))
            .ToList();
        (double low, double high) = PolitenessNgramModel.FitNeutralBand(scored, finalBias);
        return new PolitenessModel(new Weights
        {
            FittedOn = fittedOn + string.Create(CultureInfo.InvariantCulture, $" features=cues+{encoder.ModelId} l2={bestL2} cv-accuracy={bestAccuracy:F3}"),
            Embedder = encoder.ModelId,
            Bias = finalBias,
            NeutralLow = Math.Round(low, Decimals),
            NeutralHigh = Math.Round(high, Decimals),
            Cues = Strategies.Select((s, k) => (s, k)).Where(x => finalWeights[x.k] != 0).ToDictionary(x => x.s.ToString(), x => finalWeights[x.k], StringComparer.Ordinal),
            Embedding = finalWeights[Strategies.Length..],
        });
    }

    /// <summary>Writes the model as JSON (the shipped file's format).</summary>
    public void Save(string path) => System.IO.File.WriteAllText(path, JsonSerializer.Serialize(File, Json) + "\n");

    private static PolitenessModel LoadBuiltIn()
    {
        using Stream stream = typeof(PolitenessModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        Weights file = JsonSerializer.Deserialize<Weights>(stream, Json)
            ?? throw new InvalidOperationException($"resource {ResourceName} is empty");
        return file.Embedding.Length > 0 && file.Embedder.Length > 0
            ? new PolitenessModel(file)
            : throw new InvalidOperationException($"resource {ResourceName} has no embedding weights; refit with 'evaluators fit-politeness --features cues+minilm'");
    }

    // The strategy cues present (1 or 0, in Strategies order), then the embedding.
    private static double[] Features(IReadOnlyList<ToneCue> cues, float[] embedding)
    {
        var features = new double[Strategies.Length + embedding.Length];
        for (int k = 0; k < Strategies.Length; k++)
        {
            features[k] = cues.Any(c => c.Kind == Strategies[k]) ? 1 : 0;
        }

        for (int k = 0; k < embedding.Length; k++)
        {
            features[Strategies.Length + k] = embedding[k];
        }

        return features;
    }

    // Full-batch gradient ascent on the L2-penalised log-likelihood (bias unpenalised), a fixed number of steps from
    // zero; a strategy weight that would cross zero stops at zero.
    private static (double Bias, double[] Weights) Train(List<(double[] Features, bool Polite)> rows, int[] directions, double l2)
    {
        int size = directions.Length;
        var weights = new double[size];
        var gradient = new double[size];
        double bias = 0;
        for (int step = 0; step < Iterations; step++)
        {
            Array.Clear(gradient);
            double biasGradient = 0;
            foreach ((double[] x, bool polite) in rows)
            {
                double error = (polite ? 1 : 0) - (1 / (1 + Math.Exp(-Dot(x, bias, weights))));
                biasGradient += error;
                for (int k = 0; k < size; k++)
                {
                    gradient[k] += error * x[k];
                }
            }

            bias += LearningRate * biasGradient / rows.Count;
            for (int k = 0; k < size; k++)
            {
                double next = weights[k] + (LearningRate * ((gradient[k] / rows.Count) - (l2 * weights[k])));
                weights[k] = directions[k] switch { > 0 => Math.Max(0, next), < 0 => Math.Min(0, next), _ => next };
            }
        }

        return (bias, weights);
    }

    private static double Dot(double[] x, double bias, double[] weights)
    {
        double z = bias;
        for (int k = 0; k < x.Length; k++)
        {
            z += x[k] * weights[k];
        }

        return z;
    }

    /// <summary>The on-disk form.</summary>
    private sealed class Weights
    {
        public string FittedOn { get; set; } = string.Empty;

        public string Embedder { get; set; } = string.Empty;

        public double Bias { get; set; }

        public double NeutralLow { get; set; }

        public double NeutralHigh { get; set; }

        public Dictionary<string, double> Cues { get; set; } = new(StringComparer.Ordinal);

        public double[] Embedding { get; set; } = [];
    }
}
