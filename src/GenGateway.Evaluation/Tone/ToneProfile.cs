namespace GenGateway.Evaluation.Tone;

/// <summary>
/// The tone of a text along each dimension a caller can request, from its cues. Politeness is scored apart, by
/// <see cref="PolitenessScorer"/>, which also reads the text's meaning.
/// </summary>
/// <param name="Formality">0 = very casual, 1 = very formal; plain text sits near 0.6.</param>
/// <param name="Friendliness">0..1 warmth (greetings, thanks, positive words, "you").</param>
/// <param name="Playfulness">0..1 fun (exclamations, emoji, interjections).</param>
/// <param name="Urgency">0..1 time pressure.</param>
/// <param name="Empathy">0..1 care and understanding.</param>
/// <param name="Cues">Every cue found, with spans.</param>
public sealed record ToneProfile(
    double Formality,
    double Friendliness,
    double Playfulness,
    double Urgency,
    double Empathy,
    IReadOnlyList<ToneCue> Cues)
{
    /// <summary>Number of cues of <paramref name="kind"/>.</summary>
    public int Count(ToneCueKind kind)
    {
        int n = 0;
        foreach (ToneCue c in Cues)
        {
            if (c.Kind == kind)
            {
                n++;
            }
        }

        return n;
    }
}
