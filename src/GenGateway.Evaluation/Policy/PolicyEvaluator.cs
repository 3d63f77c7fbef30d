using System.Text.RegularExpressions;
using GenGateway.Evaluation.Grounding;
using GenGateway.Evaluation.Pii;
using GenGateway.Evaluation.Text;

namespace GenGateway.Evaluation.Policy;

/// <summary>
/// Policy check: personal data the grounding does not hold, the tenant's banned phrases and competitors, spam triggers
/// in subject lines, the length limit, the emoji policy, shouting, runs of punctuation and prompt echoes.
/// </summary>
/// <remarks>
/// Leaks, banned phrases, competitors and echoes cost <see cref="HardPenalty"/>; form findings (length, emoji,
/// capitals, punctuation, spam words) <see cref="SoftPenalty"/>. The 0.9 default threshold fails on any of them;
/// the form findings are the ones a repair can fix.
/// </remarks>
public sealed class PolicyEvaluator : ICandidateEvaluator
{
    /// <summary>Penalty for leaked personal data, banned phrases, competitors and prompt echoes.</summary>
    public const double HardPenalty = 0.5;

    /// <summary>Penalty for a form finding.</summary>
    public const double SoftPenalty = 0.25;

    /// <summary>Shortest all-capital word that counts as shouting; shorter ones are usually acronyms.</summary>
    public const int ShoutingLength = 4;

    /// <inheritdoc />
    public string Name => EvaluatorNames.Policy;

    /// <inheritdoc />
    public EvaluationResult Evaluate(Candidate candidate, EvaluationContext context)
    {
        string text = candidate.Text;
        GroundingIndex grounding = GroundingIndex.For(context.Grounding);
        var reasons = new List<EvaluationReason>();
        AddPii(text, grounding, reasons);
        AddPhrases(text, context.Policy.BannedPhrases, ReasonCodes.BannedPhrase, "banned phrase", reasons);
        AddPhrases(text, context.Policy.CompetitorNames, ReasonCodes.Competitor, "competitor", reasons);
        if (context.Task == TaskKind.SubjectLine)
        {
            AddSpam(text, grounding, reasons);
        }

        if (context.MaxLength is { } max && text.Length > max)
        {
            reasons.Add(new EvaluationReason(ReasonCodes.Length, $"{text.Length} characters, limit {max}", max, text.Length - max, text[max..], SoftPenalty));
        }

        AddEmoji(text, context.Policy, reasons);
        AddShouting(text, grounding, reasons);
        AddPunctuation(text, reasons);
        if (PromptEchoDetector.Find(text, context.PromptText, grounding, context.StyleExamples) is { } echo)
        {
            string span = text.Substring(echo.Start, echo.Length);
            reasons.Add(new EvaluationReason(ReasonCodes.PromptEcho, $"repeats or discusses the instructions: '{span}'", echo.Start, echo.Length, span, HardPenalty));
        }

        return EvaluationResult.FromPenalties(Name, context.Thresholds.For(Name), reasons);
    }

    /// <summary>All-capital words of at least <see cref="ShoutingLength"/> letters the grounding does not write in capitals.</summary>
    internal static IEnumerable<(int Start, int Length)> ShoutedWords(string text, GroundingIndex grounding)
    {
        foreach (Token t in Tokenizer.Tokenize(text))
        {
            if (t.Kind == TokenKind.Word && LetterCount(text, t) >= ShoutingLength && IsUpper(text, t)
                && !grounding.ContainsVerbatim(text.Substring(t.Start, t.Length)))
            {
                yield return (t.Start, t.Length);
            }
        }
    }

    private static void AddPii(string text, GroundingIndex grounding, List<EvaluationReason> reasons)
    {
        foreach (PiiMatch m in PiiDetector.Find(text))
        {
            // Contact details the brief or thread gave are the user's to repeat; cards and IBANs never are.
            bool given = m.Kind switch
            {
                PiiKind.Email => grounding.Supports(new Claim(ClaimKind.Email, m.Start, m.Length, m.Value, 0, m.Value.ToLowerInvariant(), 0)),
                PiiKind.Phone => grounding.Supports(new Claim(ClaimKind.Phone, m.Start, m.Length, m.Value, 0, ClaimExtractor.PhoneKey(m.Value), 0)),
                PiiKind.Address => grounding.LowerText.Contains(m.Value.ToLowerInvariant(), StringComparison.Ordinal),
                _ => false,
            };
            if (!given)
            {
                string what = m.Kind.ToString().ToLowerInvariant();
                reasons.Add(new EvaluationReason(ReasonCodes.Pii, $"personal data ({what}) not given in the request: '{m.Value}'", m.Start, m.Length, m.Value, HardPenalty));
            }
        }
    }

    private static void AddPhrases(string text, IReadOnlyList<string> phrases, string code, string what, List<EvaluationReason> reasons)
    {
        foreach (string phrase in phrases)
        {
            foreach ((int start, int length) in PhraseMatcher.FindAll(text, phrase))
            {
                string span = text.Substring(start, length);
                reasons.Add(new EvaluationReason(code, $"{what} '{span}'", start, length, span, HardPenalty));
            }
        }
    }

    private static void AddSpam(string text, GroundingIndex grounding, List<EvaluationReason> reasons)
    {
        foreach (string phrase in SpamLexicon.Phrases)
        {
            // A phrase the brief itself uses ("Winner announced") is the sender's choice, not the model's.
            if (grounding.LowerText.Contains(phrase, StringComparison.Ordinal))
            {
                continue;
            }

            foreach ((int start, int length) in PhraseMatcher.FindAll(text, phrase))
            {
                string span = text.Substring(start, length);
                reasons.Add(new EvaluationReason(ReasonCodes.Spam, $"spam-filter trigger '{span}' in a subject line", start, length, span, SoftPenalty));
            }
        }

        foreach (Match m in SpamLexicon.Patterns().Matches(text))
        {
            reasons.Add(new EvaluationReason(ReasonCodes.Spam, $"spam-filter pattern '{m.Value.Trim()}' in a subject line", m.Index, m.Length, m.Value, SoftPenalty));
        }
    }

    private static void AddEmoji(string text, TenantPolicy policy, List<EvaluationReason> reasons)
    {
        List<(int Start, int Length)> emoji = Emoji.FindPictographs(text);
        if (emoji.Count == 0)
        {
            return;
        }

        if (!policy.EmojiAllowed)
        {
            foreach ((int start, int length) in emoji)
            {
                reasons.Add(new EvaluationReason(ReasonCodes.Emoji, "emoji are not allowed for this tenant", start, length, text.Substring(start, length), SoftPenalty));
            }
        }
        else if (emoji.Count > policy.MaxEmoji)
        {
            (int start, int length) = emoji[policy.MaxEmoji];
            reasons.Add(new EvaluationReason(ReasonCodes.EmojiCount, $"{emoji.Count} emoji, at most {policy.MaxEmoji} allowed", start, length, text.Substring(start, length), SoftPenalty));
        }
    }

    private static void AddShouting(string text, GroundingIndex grounding, List<EvaluationReason> reasons)
    {
        foreach ((int start, int length) in ShoutedWords(text, grounding))
        {
            string span = text.Substring(start, length);
            reasons.Add(new EvaluationReason(ReasonCodes.AllCaps, $"'{span}' is in capitals", start, length, span, SoftPenalty));
        }
    }

    private static void AddPunctuation(string text, List<EvaluationReason> reasons)
    {
        foreach (Match m in Punctuation.Runs().Matches(text))
        {
            reasons.Add(new EvaluationReason(ReasonCodes.Punctuation, $"excessive punctuation '{m.Value}'", m.Index, m.Length, m.Value, SoftPenalty));
        }

        int bangs = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '!' && (i == 0 || text[i - 1] != '!') && ++bangs == Punctuation.MaxExclamations + 1)
            {
                reasons.Add(new EvaluationReason(ReasonCodes.Punctuation, $"more than {Punctuation.MaxExclamations} exclamation marks", i, 1, "!", SoftPenalty));
            }
        }
    }

    private static int LetterCount(string text, Token t)
    {
        int n = 0;
        for (int k = t.Start; k < t.End; k++)
        {
            n += char.IsLetter(text[k]) ? 1 : 0;
        }

        return n;
    }

    private static bool IsUpper(string text, Token t)
    {
        for (int k = t.Start; k < t.End; k++)
        {
            if (char.IsLower(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
