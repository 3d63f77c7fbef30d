namespace GenGateway.Evaluation.Tone;

/// <summary>
/// A linear politeness model over the presence of each <see cref="ToneCueKind"/>, as in the politeness paper's
/// strategy-based classifier.
/// </summary>
/// <remarks>
/// Weights were fitted by logistic regression on the polite and impolite rows of the development split of the
/// Stanford Politeness Corpus (shared/data/politeness), then rounded; the thresholds split the three classes on
/// the same split. Rerun <c>gengateway evaluators score --task tone</c> after changing them.
/// </remarks>
internal static class PolitenessModel
{
    /// <summary>Score at or above which a text is polite.</summary>
    public const double PoliteThreshold = 0.6;

    /// <summary>Score at or below which a text is impolite.</summary>
    public const double ImpoliteThreshold = -0.6;

    private const double Bias = 0.0;

    // Indexed by (int)ToneCueKind.
    private static readonly double[] Weights = BuildWeights();

    /// <summary>The log-odds of polite over impolite for a set of cues.</summary>
    public static double Score(IReadOnlyList<ToneCue> cues)
    {
        Span<bool> present = stackalloc bool[Weights.Length];
        foreach (ToneCue c in cues)
        {
            present[(int)c.Kind] = true;
        }

        double score = Bias;
        for (int k = 0; k < present.Length; k++)
        {
            if (present[k])
            {
                score += Weights[k];
            }
        }

        return score;
    }

    /// <summary>The three-way level for a score.</summary>
    public static PolitenessLevel LevelOf(double score) =>
        score >= PoliteThreshold ? PolitenessLevel.Polite : score <= ImpoliteThreshold ? PolitenessLevel.Impolite : PolitenessLevel.Neutral;

    private static double[] BuildWeights()
    {
        var w = new double[Enum.GetValues<ToneCueKind>().Length];
        w[(int)ToneCueKind.Gratitude] = 1.5;
        w[(int)ToneCueKind.Apology] = 0.8;
        w[(int)ToneCueKind.Please] = 0.7;
        w[(int)ToneCueKind.PleaseStart] = -0.2;
        w[(int)ToneCueKind.Greeting] = 0.8;
        w[(int)ToneCueKind.Deference] = 0.8;
        w[(int)ToneCueKind.Hedge] = 0.4;
        w[(int)ToneCueKind.CounterfactualModal] = 0.8;
        w[(int)ToneCueKind.IndicativeModal] = 0.3;
        w[(int)ToneCueKind.Indirect] = 0.5;
        w[(int)ToneCueKind.DirectQuestion] = -0.6;
        w[(int)ToneCueKind.DirectStart] = -0.5;
        w[(int)ToneCueKind.Factuality] = -0.5;
        w[(int)ToneCueKind.SecondPersonStart] = -0.6;
        w[(int)ToneCueKind.SecondPerson] = 0.0;
        w[(int)ToneCueKind.FirstPersonStart] = 0.3;
        w[(int)ToneCueKind.FirstPersonPlural] = 0.2;
        w[(int)ToneCueKind.Positive] = 0.6;
        w[(int)ToneCueKind.Negative] = -1.2;
        w[(int)ToneCueKind.Imperative] = -0.4;
        w[(int)ToneCueKind.Exclamation] = 0.0;
        w[(int)ToneCueKind.Emoji] = 0.2;
        w[(int)ToneCueKind.Contraction] = 0.0;
        w[(int)ToneCueKind.Slang] = -0.2;
        w[(int)ToneCueKind.FormalMarker] = 0.3;
        w[(int)ToneCueKind.Urgency] = -0.1;
        w[(int)ToneCueKind.Empathy] = 0.3;
        w[(int)ToneCueKind.Playful] = 0.0;
        w[(int)ToneCueKind.AllCaps] = -0.5;
        w[(int)ToneCueKind.Question] = -0.2;
        return w;
    }
}
