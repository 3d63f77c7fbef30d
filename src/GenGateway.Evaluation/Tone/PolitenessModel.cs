using System.Text.Json;
using GenGateway.Evaluation.Measurement;

namespace GenGateway.Evaluation.Tone;

/// <summary>
/// A linear politeness model over the presence of each <see cref="ToneCueKind"/>, as in the politeness paper's
/// strategy-based classifier.
/// </summary>
/// <remarks>
/// The weights and the neutral band are <c>PolitenessWeights.json</c>, written by
/// <c>gengateway evaluators fit-politeness --dataset politeness-dev.jsonl --split fit --features cues --out
/// src/GenGateway.Evaluation/Tone/PolitenessWeights.json</c>: fitted on the fit half only, so
/// <c>evaluators score --task tone --split heldout</c> measures rows the weights never saw. Refit after changing the cues.
/// Only the politeness strategies of <see cref="PolitenessStrategies"/> are fitted, each kept to its direction.
/// </remarks>
internal static class PolitenessModel
{
    /// <summary>
    /// The highest score a text with an insult can have. Fixed, not fitted: the corpus is requests between colleagues
    /// and holds too few insults to weigh them, and "thanks so much, idiot" is impolite however many polite
    /// strategies surround the insult.
    /// </summary>
    public const double InsultScore = -2.0;

    private const string ResourceName = "GenGateway.Evaluation.Tone.PolitenessWeights.json";

    private static readonly Fitted Model = Load();

    /// <summary>Score at or above which a text is polite.</summary>
    public static double PoliteThreshold => Model.NeutralHigh;

    /// <summary>Score at or below which a text is impolite.</summary>
    public static double ImpoliteThreshold => Model.NeutralLow;

    /// <summary>What the weights were fitted on, for reports.</summary>
    public static string FittedOn => Model.FittedOn;

    /// <summary>The log-odds of polite over impolite for a set of cues.</summary>
    public static double Score(IReadOnlyList<ToneCue> cues)
    {
        Span<bool> present = stackalloc bool[Model.Weights.Length];
        foreach (ToneCue c in cues)
        {
            present[(int)c.Kind] = true;
        }

        double score = Model.Bias;
        for (int k = 0; k < present.Length; k++)
        {
            if (present[k])
            {
                score += Model.Weights[k];
            }
        }

        return present[(int)ToneCueKind.Insult] ? Math.Min(score, InsultScore) : score;
    }

    /// <summary>The three-way level for a score.</summary>
    public static PolitenessLevel LevelOf(double score) =>
        score >= PoliteThreshold ? PolitenessLevel.Polite : score <= ImpoliteThreshold ? PolitenessLevel.Impolite : PolitenessLevel.Neutral;

    private static Fitted Load()
    {
        using Stream stream = typeof(PolitenessModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        PolitenessNgramModel.ModelFile file = JsonSerializer.Deserialize<PolitenessNgramModel.ModelFile>(stream, PolitenessNgramModel.Json)
            ?? throw new InvalidOperationException($"resource {ResourceName} is empty");
        if (file.FeatureSet != 0)
        {
            throw new InvalidOperationException($"resource {ResourceName} was fitted on '{PolitenessNgramModel.SetNames[file.FeatureSet]}'; the runtime model reads cues only (fit with --features cues)");
        }

        var weights = new double[Enum.GetValues<ToneCueKind>().Length];
        foreach (ToneCueKind kind in Enum.GetValues<ToneCueKind>())
        {
            // A cue absent from the file never occurred twice in the fit rows: it carries no evidence either way.
            weights[(int)kind] = file.Weights.GetValueOrDefault("cue:" + kind);
        }

        return new Fitted(file.Bias, weights, file.NeutralLow, file.NeutralHigh, file.FittedOn);
    }

    private sealed record Fitted(double Bias, double[] Weights, double NeutralLow, double NeutralHigh, string FittedOn);
}
