using System.Text;
using GenGateway.Evaluation.Grounding;
using GenGateway.Evaluation.Policy;
using GenGateway.Evaluation.Text;

namespace GenGateway.Evaluation.Repair;

/// <summary>
/// Deterministic fixes for form findings (<see cref="ReasonCodes.Repairable"/>): drop disallowed or surplus emoji,
/// lower shouted words, collapse punctuation runs, trim to the length limit at a word boundary.
/// </summary>
/// <remarks>The result must be evaluated again: a trim can cut a required term, a fix can reveal another finding.</remarks>
public static class CandidateRepairer
{
    private static readonly string[] DanglingWords = ["and", "or", "&", "with", "for", "to", "of", "the", "a", "an", "at", "on", "in", "-", "–", "—", "+"];

    /// <summary>True when every failing reason of <paramref name="results"/> has a repairable code and at least one fails.</summary>
    public static bool CanRepair(IEnumerable<EvaluationResult> results)
    {
        bool any = false;
        foreach (EvaluationResult r in results)
        {
            if (r.Passed)
            {
                continue;
            }

            foreach (EvaluationReason reason in r.Reasons)
            {
                if (!ReasonCodes.Repairable.Contains(reason.Code))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>Applies every fix <paramref name="context"/> calls for; returns the text unchanged when nothing applies.</summary>
    public static string Repair(string text, EvaluationContext context)
    {
        string fixedText = DropEmoji(text, context.Policy);
        fixedText = LowerShouting(fixedText, GroundingIndex.For(context.Grounding));
        fixedText = CollapsePunctuation(fixedText);
        if (context.MaxLength is { } max && fixedText.Length > max)
        {
            fixedText = Trim(fixedText, max);
        }

        return fixedText;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters at a word boundary, without a dangling connector.</summary>
    public static string Trim(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        int cut = max;
        while (cut > 0 && !char.IsWhiteSpace(text[cut]))
        {
            cut--;
        }

        string trimmed = (cut == 0 ? text[..max] : text[..cut]).TrimEnd();
        bool changed = true;
        while (changed && trimmed.Length > 0)
        {
            changed = false;
            string stripped = trimmed.TrimEnd(',', ';', ':', '-', '–', '—', '(', '/', ' ');
            int space = stripped.LastIndexOf(' ');
            string last = space < 0 ? stripped : stripped[(space + 1)..];
            if (space > 0 && Array.IndexOf(DanglingWords, last.ToLowerInvariant()) >= 0)
            {
                stripped = stripped[..space];
            }

            changed = stripped.Length != trimmed.Length;
            trimmed = stripped;
        }

        return trimmed;
    }

    private static string DropEmoji(string text, TenantPolicy policy)
    {
        List<(int Start, int Length)> emoji = Emoji.FindPictographs(text);
        int keep = policy.EmojiAllowed ? policy.MaxEmoji : 0;
        if (emoji.Count <= keep)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        int at = 0;
        for (int k = 0; k < emoji.Count; k++)
        {
            (int start, int length) = emoji[k];
            if (k < keep)
            {
                continue;
            }

            sb.Append(text, at, start - at);
            at = start + length;
        }

        sb.Append(text, at, text.Length - at);
        return CollapseSpaces(sb.ToString());
    }

    private static string LowerShouting(string text, GroundingIndex grounding)
    {
        char[]? chars = null;
        foreach ((int start, int length) in PolicyEvaluator.ShoutedWords(text, grounding))
        {
            chars ??= text.ToCharArray();
            bool sentenceStart = IsSentenceStart(text, start);
            for (int k = start; k < start + length; k++)
            {
                chars[k] = k == start && sentenceStart ? text[k] : char.ToLowerInvariant(text[k]);
            }
        }

        return chars is null ? text : new string(chars);
    }

    private static bool IsSentenceStart(string text, int at)
    {
        int k = at - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k < 0 || text[k] is '.' or '!' or '?' or ':' or '\n';
    }

    private static string CollapsePunctuation(string text)
    {
        string collapsed = Punctuation.Runs().Replace(text, m => m.Value[0] == '.' ? "..." : m.Value[0].ToString());
        int bangs = 0;
        char[]? chars = null;
        for (int i = 0; i < collapsed.Length; i++)
        {
            if (collapsed[i] == '!' && ++bangs > Punctuation.MaxExclamations)
            {
                chars ??= collapsed.ToCharArray();
                chars[i] = '.';
            }
        }

        return chars is null ? collapsed : new string(chars);
    }

    private static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c == ' ' && sb.Length > 0 && sb[^1] == ' ')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Trim();
    }
}
