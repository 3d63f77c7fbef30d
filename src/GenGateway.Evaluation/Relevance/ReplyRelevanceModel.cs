using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenGateway.Evaluation.Relevance;

/// <summary>
/// How well a reply answers a message, as one linear score over sentence embeddings: per-dimension products of the
/// message (and of the message with its preceding turns) with the reply, the reply's own embedding (what replies
/// look like), both cosines, and how much of the reply merely repeats the conversation's words (the replies that
/// reuse a message's words without answering it are the hard negatives). The weights are fitted pairwise (relevant
/// above irrelevant) on the fit half of a labelled file and shipped as <c>ReplyRelevanceWeights.json</c>.
/// </summary>
public sealed class ReplyRelevanceModel
{
    /// <summary>Turns before the message that <see cref="ContextText"/> includes.</summary>
    public const int ContextTurns = 2;

    private const string ResourceName = "GenGateway.Evaluation.Relevance.ReplyRelevanceWeights.json";
    private const double ProductScale = 10;
    private const double PriorScale = 3;
    private const int Scalars = 5;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly Lazy<ReplyRelevanceModel> Shipped = new(LoadBuiltIn);

    private readonly double[] _weights;

    private ReplyRelevanceModel(int dimension, double[] weights, double threshold, string embedder, string fittedOn)
    {
        Dimension = dimension;
        _weights = weights;
        Threshold = threshold;
        Embedder = embedder;
        FittedOn = fittedOn;
    }

    /// <summary>The model shipped with the gateway (fitted on MiniLM embeddings).</summary>
    public static ReplyRelevanceModel BuiltIn => Shipped.Value;

    /// <summary>Embedding dimension the weights belong to.</summary>
    public int Dimension { get; }

    /// <summary>Score at or above which a reply counts as relevant (fitted: best split of relevant from irrelevant on the fit half).</summary>
    public double Threshold { get; }

    /// <summary>Model id of the embedder the weights were fitted on; scores from another embedder's vectors mean nothing.</summary>
    public string Embedder { get; }

    /// <summary>What the weights were fitted on.</summary>
    public string FittedOn { get; }

    /// <summary>The text embedded as <see cref="ReplyQuery.Context"/>: the last <see cref="ContextTurns"/> earlier turns and the message.</summary>
    public static string ContextText(IReadOnlyList<string> history, string message) =>
        string.Join(' ', history.Skip(Math.Max(0, history.Count - ContextTurns)).Append(message));

    /// <summary>Relevance of <paramref name="reply"/> to <paramref name="query"/>; higher is more relevant.</summary>
    public double Score(ReplyQuery query, ReplyCandidate reply)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(reply);
        var features = Features(query, reply, Dimension);
        double score = 0;
        for (var k = 0; k < features.Length; k++)
        {
            score += features[k] * _weights[k];
        }

        return score;
    }

    /// <summary>
    /// Fits weights by gradient ascent on the pairwise log-likelihood that each relevant reply outscores each irrelevant
    /// one of its group (deterministic: fixed order, fixed steps, no randomness), then the threshold that best separates them.
    /// </summary>
    public static ReplyRelevanceModel Fit(IReadOnlyList<RankingGroup> groups, int dimension, string embedder, string fittedOn,
        int epochs = 300, double learningRate = 3, double l2 = 0.0005)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var items = new List<(double[] Features, int Group, bool Relevant)>();
        for (var g = 0; g < groups.Count; g++)
        {
            items.AddRange(groups[g].Relevant.Select(r => (Features(groups[g].Query, r, dimension), g, true)));
            items.AddRange(groups[g].Irrelevant.Select(r => (Features(groups[g].Query, r, dimension), g, false)));
        }

        var size = FeatureCount(dimension);
        var weights = new double[size];
        var scores = new double[items.Count];
        var coefficients = new double[items.Count];
        var byGroup = items.Select((item, index) => (item, index)).GroupBy(x => x.item.Group).Select(x => x.ToArray()).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            for (var i = 0; i < items.Count; i++)
            {
                scores[i] = Dot(items[i].Features, weights);
                coefficients[i] = 0;
            }

            long pairs = 0;
            foreach (var group in byGroup)
            {
                foreach (var (a, ia) in group.Where(x => x.item.Relevant))
                {
                    foreach (var (b, ib) in group.Where(x => !x.item.Relevant))
                    {
                        var miss = 1 / (1 + Math.Exp(scores[ia] - scores[ib]));
                        coefficients[ia] += miss;
                        coefficients[ib] -= miss;
                        pairs++;
                    }
                }
            }

            var gradient = new double[size];
            for (var i = 0; i < items.Count; i++)
            {
                if (coefficients[i] != 0)
                {
                    var f = items[i].Features;
                    for (var k = 0; k < size; k++)
                    {
                        gradient[k] += coefficients[i] * f[k];
                    }
                }
            }

            for (var k = 0; k < size; k++)
            {
                weights[k] += learningRate * ((gradient[k] / Math.Max(1, pairs)) - (l2 * weights[k]));
            }
        }

        // Rounded so the file is the same on every machine whose floating point differs in the last bits.
        for (var k = 0; k < size; k++)
        {
            weights[k] = Math.Round(weights[k], 4);
        }

        var labelled = items.Select(i => (Score: Dot(i.Features, weights), i.Relevant)).OrderBy(x => x.Score).ToList();
        return new ReplyRelevanceModel(dimension, weights, Math.Round(BestThreshold(labelled), 4), embedder, fittedOn);
    }

    /// <summary>Writes the model as JSON (the shipped file's format).</summary>
    public void Save(string path)
    {
        var file = new ModelFile
        {
            FittedOn = FittedOn,
            Embedder = Embedder,
            Dimension = Dimension,
            Threshold = Threshold,
            Weights = _weights,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(file, Json) + "\n", new UTF8Encoding(false));
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static ReplyRelevanceModel Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(stream, Json) ?? throw new InvalidDataException("empty relevance model");
        return file.Weights.Length != FeatureCount(file.Dimension)
            ? throw new InvalidDataException($"relevance model has {file.Weights.Length} weights; dimension {file.Dimension} needs {FeatureCount(file.Dimension)}")
            : new ReplyRelevanceModel(file.Dimension, file.Weights, file.Threshold, file.Embedder, file.FittedOn);
    }

    /// <summary>Lower-cased words of a text (letters, digits and inner apostrophes).</summary>
    internal static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || (ch is '\'' or '’' && current.Length > 0))
            {
                current.Append(char.ToLowerInvariant(ch == '’' ? '\'' : ch));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString().TrimEnd('\''));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString().TrimEnd('\''));
        }

        return words;
    }

    private static int FeatureCount(int dimension) => (3 * dimension) + Scalars;

    private static double[] Features(ReplyQuery query, ReplyCandidate reply, int dimension)
    {
        if (query.Message.Length != dimension || query.Context.Length != dimension || reply.Vector.Length != dimension)
        {
            throw new ArgumentException($"relevance features need {dimension}-dimensional embeddings");
        }

        var f = new double[FeatureCount(dimension)];
        double messageCosine = 0, contextCosine = 0;
        for (var k = 0; k < dimension; k++)
        {
            var mr = (double)query.Message[k] * reply.Vector[k];
            var cr = (double)query.Context[k] * reply.Vector[k];
            f[k] = ProductScale * mr;
            f[dimension + k] = ProductScale * cr;
            f[(2 * dimension) + k] = PriorScale * reply.Vector[k];
            messageCosine += mr;
            contextCosine += cr;
        }

        var replyWords = Words(reply.Text);
        var messageWords = Words(query.MessageText);
        var historyWords = Words(query.HistoryText);
        var s = 3 * dimension;
        f[s] = messageCosine;
        f[s + 1] = contextCosine;
        f[s + 2] = replyWords.Count == 0 ? 0 : (double)replyWords.Count(messageWords.Contains) / replyWords.Count;
        f[s + 3] = replyWords.Count == 0 ? 0 : (double)replyWords.Count(historyWords.Contains) / replyWords.Count;
        f[s + 4] = Math.Log(1 + replyWords.Count);
        return f;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    private static double BestThreshold(List<(double Score, bool Relevant)> sorted)
    {
        // Everything at or above the threshold is called relevant; try each gap between neighbouring scores.
        var relevantAbove = sorted.Count(x => x.Relevant);
        var irrelevantBelow = 0;
        var best = (Correct: relevantAbove, Threshold: sorted.Count > 0 ? sorted[0].Score : 0);
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Relevant)
            {
                relevantAbove--;
            }
            else
            {
                irrelevantBelow++;
            }

            var correct = relevantAbove + irrelevantBelow;
            if (correct > best.Correct && i + 1 < sorted.Count)
            {
                best = (correct, (sorted[i].Score + sorted[i + 1].Score) / 2);
            }
        }

        return best.Threshold;
    }

    private static ReplyRelevanceModel LoadBuiltIn()
    {
        using var stream = typeof(ReplyRelevanceModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        return Load(stream);
    }

    private sealed class ModelFile
    {
        public string FittedOn { get; set; } = string.Empty;

        public string Embedder { get; set; } = string.Empty;

        public int Dimension { get; set; }

        public double Threshold { get; set; }

        [JsonPropertyName("weights")]
        public double[] Weights { get; set; } = [];
    }
}
