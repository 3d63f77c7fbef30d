namespace GenGateway.Evaluation.Tone;

/// <summary>
/// Tone check: the candidate's tone against the requested tone and, when personalized, the user's own style;
/// impolite text fails whatever was asked for.
/// </summary>
/// <remarks>
/// A tone contradicted by the text (slang in a formal request, pressure in an empathetic one) costs
/// <see cref="HardPenalty"/>; a requested tone with none of its markers costs only <see cref="SoftPenalty"/>,
/// because short copy often carries no tone markers at all.
/// </remarks>
public sealed class ToneEvaluator(PolitenessScorer politeness) : ICandidateEvaluator
{
    /// <summary>Penalty for text that contradicts the requested tone or is impolite.</summary>
    public const double HardPenalty = 0.5;

    /// <summary>Penalty for a missing tone marker or a mismatch with the user's style.</summary>
    public const double SoftPenalty = 0.25;

    /// <summary>
    /// Politeness score at or below which released text counts as impolite: lower than the classifier's own
    /// impolite threshold, because the politeness model was fitted on requests, and copy that merely opens with
    /// "Your ..." or an imperative ("Shop now") is normal in marketing.
    /// </summary>
    public const double ImpoliteScore = -1.0;

    /// <inheritdoc />
    public string Name => EvaluatorNames.Tone;

    /// <inheritdoc />
    public EvaluationResult Evaluate(Candidate candidate, EvaluationContext context)
    {
        ToneProfile tone = ToneAnalyzer.Analyze(candidate.Text);
        var reasons = new List<EvaluationReason>();
        if (politeness.Score(candidate.Text, tone.Cues) <= ImpoliteScore)
        {
            ToneCue? worst = First(tone, ToneCueKind.Insult) ?? First(tone, ToneCueKind.Negative) ?? First(tone, ToneCueKind.Imperative) ?? First(tone, ToneCueKind.AllCaps);
            reasons.Add(Reason(ReasonCodes.Impolite, "the text reads as impolite", worst, HardPenalty));
        }

        if (context.RequestedTone is { } requested)
        {
            CompareWithRequest(tone, requested, reasons);
        }

        if (context.Style is { } style)
        {
            CompareWithStyle(candidate.Text, tone, style, reasons);
        }

        return EvaluationResult.FromPenalties(Name, context.Thresholds.For(Name), reasons);
    }

    private static void CompareWithRequest(ToneProfile tone, ToneKind requested, List<EvaluationReason> reasons)
    {
        ToneCue? casual = First(tone, ToneCueKind.Slang) ?? First(tone, ToneCueKind.Emoji) ?? First(tone, ToneCueKind.Contraction);
        ToneCue? negative = First(tone, ToneCueKind.Negative);
        ToneCue? pressure = First(tone, ToneCueKind.Urgency) ?? First(tone, ToneCueKind.AllCaps);
        switch (requested)
        {
            case ToneKind.Formal:
                if (tone.Formality < 0.5 || tone.Count(ToneCueKind.Slang) > 0)
                {
                    reasons.Add(Reason(ReasonCodes.TooCasual, "casual wording where a formal tone was requested", casual, HardPenalty));
                }

                break;
            case ToneKind.Casual:
                if (tone.Formality > 0.85)
                {
                    reasons.Add(Reason(ReasonCodes.TooFormal, "formal wording where a casual tone was requested", First(tone, ToneCueKind.FormalMarker), HardPenalty));
                }

                break;
            case ToneKind.Friendly:
                if (negative is not null)
                {
                    reasons.Add(Reason(ReasonCodes.Unfriendly, "negative wording where a friendly tone was requested", negative, HardPenalty));
                }
                else if (tone.Friendliness < 0.1)
                {
                    reasons.Add(Reason(ReasonCodes.Missing, "nothing in the text sounds friendly", null, SoftPenalty));
                }

                break;
            case ToneKind.Playful:
                if (tone.Formality > 0.85)
                {
                    reasons.Add(Reason(ReasonCodes.TooFormal, "formal wording where a playful tone was requested", First(tone, ToneCueKind.FormalMarker), HardPenalty));
                }
                else if (tone.Playfulness < 0.1 && tone.Friendliness < 0.1)
                {
                    reasons.Add(Reason(ReasonCodes.Missing, "nothing in the text sounds playful", null, SoftPenalty));
                }

                break;
            case ToneKind.Urgent:
                if (tone.Urgency < 0.1)
                {
                    reasons.Add(Reason(ReasonCodes.Missing, "nothing in the text sounds urgent", null, SoftPenalty));
                }

                break;
            case ToneKind.Empathetic:
                if (negative is not null)
                {
                    reasons.Add(Reason(ReasonCodes.Unfriendly, "negative wording where an empathetic tone was requested", negative, HardPenalty));
                }

                if (tone.Urgency >= 0.3 || tone.Count(ToneCueKind.AllCaps) > 0)
                {
                    reasons.Add(Reason(ReasonCodes.Pushy, "pressure where an empathetic tone was requested", pressure, HardPenalty));
                }
                else if (tone.Empathy < 0.1 && tone.Friendliness < 0.1)
                {
                    reasons.Add(Reason(ReasonCodes.Missing, "nothing in the text sounds empathetic", null, SoftPenalty));
                }

                break;
            case ToneKind.Neutral:
                if (tone.Playfulness >= 0.45 || tone.Urgency >= 0.45 || tone.Count(ToneCueKind.AllCaps) > 0)
                {
                    ToneCue? loud = First(tone, ToneCueKind.Emoji) ?? First(tone, ToneCueKind.Exclamation) ?? pressure;
                    bool loudest = tone.Playfulness + tone.Urgency >= 0.9 || tone.Count(ToneCueKind.AllCaps) > 0;
                    reasons.Add(Reason(ReasonCodes.Pushy, "emotional or pressing wording where a neutral tone was requested", loud, loudest ? HardPenalty : SoftPenalty));
                }

                break;
        }
    }

    private static void CompareWithStyle(string text, ToneProfile tone, StyleProfile style, List<EvaluationReason> reasons)
    {
        if (style.Formality <= 0.3 && tone.Formality >= 0.85)
        {
            reasons.Add(Reason(ReasonCodes.StyleFormality, "much more formal than the user writes", First(tone, ToneCueKind.FormalMarker), SoftPenalty));
        }
        else if (style.Formality >= 0.7 && tone.Formality <= 0.35)
        {
            reasons.Add(Reason(ReasonCodes.StyleFormality, "much more casual than the user writes",
                First(tone, ToneCueKind.Slang) ?? First(tone, ToneCueKind.Contraction), SoftPenalty));
        }

        if (style.EmojiRate <= 0 && First(tone, ToneCueKind.Emoji) is { } emoji && text.Length > 0)
        {
            reasons.Add(Reason(ReasonCodes.StyleEmoji, "emoji, which the user never uses", emoji, SoftPenalty));
        }
    }

    private static ToneCue? First(ToneProfile tone, ToneCueKind kind)
    {
        foreach (ToneCue c in tone.Cues)
        {
            if (c.Kind == kind)
            {
                return c;
            }
        }

        return null;
    }

    private static EvaluationReason Reason(string code, string message, ToneCue? at, double penalty) => at is null
        ? new EvaluationReason(code, message, 0, 0, string.Empty, penalty)
        : new EvaluationReason(code, $"{message}: '{at.Text}'", at.Start, at.Length, at.Text, penalty);
}
