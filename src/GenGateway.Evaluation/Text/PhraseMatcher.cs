namespace GenGateway.Evaluation.Text;

/// <summary>Finds phrases case-insensitively on word boundaries ("ban" does not match "banner").</summary>
internal static class PhraseMatcher
{
    /// <summary>Every occurrence of <paramref name="phrase"/> in <paramref name="text"/> as (start, length).</summary>
    public static IEnumerable<(int Start, int Length)> FindAll(string text, string phrase)
    {
        string p = phrase.Trim();
        if (p.Length == 0)
        {
            yield break;
        }

        int at = 0;
        while ((at = text.IndexOf(p, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = at + p.Length;
            bool leftOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(p[0]);
            bool rightOk = end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(p[^1]);
            if (leftOk && rightOk)
            {
                yield return (at, p.Length);
            }

            at = end;
        }
    }
}
