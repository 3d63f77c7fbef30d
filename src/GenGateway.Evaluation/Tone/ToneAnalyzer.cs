namespace GenGateway.Evaluation.Tone;

/// <summary>Measures the tone of a text with lexicon and feature rules; no model (politeness: <see cref="PolitenessScorer"/>).</summary>
public static class ToneAnalyzer
{
    private static readonly int CueKinds = Enum.GetValues<ToneCueKind>().Length;

    /// <summary>Analyzes <paramref name="text"/>.</summary>
    public static ToneProfile Analyze(string text)
    {
        List<ToneCue> cues = CueFinder.Find(text ?? string.Empty);
        var n = new int[CueKinds];
        foreach (ToneCue c in cues)
        {
            n[(int)c.Kind]++;
        }

        int Count(ToneCueKind k) => n[(int)k];

        // Plain text sits at 0.6: formal markers push up, every casual feature pulls down.
        double formality = 0.6 + (0.12 * Count(ToneCueKind.FormalMarker)) - (0.08 * Count(ToneCueKind.Contraction))
                           - (0.15 * Count(ToneCueKind.Slang)) - (0.12 * Count(ToneCueKind.Emoji))
                           - (0.05 * Count(ToneCueKind.Exclamation));
        double friendliness = (0.25 * (Count(ToneCueKind.Greeting) + Count(ToneCueKind.Gratitude) + Count(ToneCueKind.Please) + Count(ToneCueKind.Positive)))
                              + (0.1 * (Count(ToneCueKind.SecondPerson) + Count(ToneCueKind.SecondPersonStart) + Count(ToneCueKind.FirstPersonPlural) + Count(ToneCueKind.Emoji) + Count(ToneCueKind.Exclamation)))
                              - (0.35 * Count(ToneCueKind.Negative));
        double playfulness = (0.3 * Count(ToneCueKind.Emoji)) + (0.15 * Count(ToneCueKind.Exclamation)) + (0.3 * Count(ToneCueKind.Playful)) + (0.1 * Count(ToneCueKind.Slang));
        double urgency = (0.3 * Count(ToneCueKind.Urgency)) + (0.2 * Count(ToneCueKind.AllCaps))
                         + (Count(ToneCueKind.Urgency) > 0 ? 0.1 * Count(ToneCueKind.Exclamation) : 0);
        double empathy = (0.35 * Count(ToneCueKind.Empathy)) + (0.2 * Count(ToneCueKind.Apology));

        return new ToneProfile(
            Clamp(formality),
            Clamp(friendliness),
            Clamp(playfulness),
            Clamp(urgency),
            Clamp(empathy),
            cues);
    }

    private static double Clamp(double v) => Math.Clamp(v, 0, 1);
}
