using GenGateway.Evaluation.Text;

namespace GenGateway.Evaluation.Grounding;

/// <summary>Finds likely names (people, places, brands, products) by capitalization, without a model.</summary>
/// <remarks>
/// Capitalized words are names only mid-sentence; at a sentence start, or in Title Case text such as many subject
/// lines, only mixed-case words ("iPhone", "McCoy") count, because any word may be capitalized there.
/// </remarks>
internal static class EntityFinder
{
    /// <summary>Adds an <see cref="ClaimKind.Entity"/> claim for each likely name not already inside another claim.</summary>
    public static void AddEntities(string text, List<Token> tokens, List<Claim> claims, List<(int Start, int End)> taken)
    {
        bool titleCase = IsTitleCase(text, tokens);
        for (int i = 0; i < tokens.Count; i++)
        {
            Token t = tokens[i];
            if (t.Kind != TokenKind.Word || t.Length < 2 || (!char.IsUpper(text[t.Start]) && !IsMixedCase(text, t)) || InsideClaim(t, claims, taken))
            {
                continue;
            }

            string key = t.Lower.EndsWith("'s", StringComparison.Ordinal) ? t.Lower[..^2] : t.Lower;
            if (CommonWords.Set.Contains(key) || CalendarNames.Months.ContainsKey(key) || CalendarNames.Weekdays.ContainsKey(key)
                || CalendarNames.WeekdayAbbreviations.ContainsKey(key) || IsAllCaps(text, t))
            {
                continue;
            }

            bool mixed = IsMixedCase(text, t);
            if (mixed || (!titleCase && !IsSentenceStart(text, tokens, i)))
            {
                claims.Add(new Claim(ClaimKind.Entity, t.Start, t.Length, text.Substring(t.Start, t.Length), 0, key, 0));
            }
        }
    }

    private static bool InsideClaim(Token t, List<Claim> claims, List<(int Start, int End)> taken)
    {
        foreach ((int start, int end) in taken)
        {
            if (t.Start >= start && t.Start < end)
            {
                return true;
            }
        }

        foreach (Claim c in claims)
        {
            if (t.Start >= c.Start && t.Start < c.Start + c.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTitleCase(string text, List<Token> tokens)
    {
        int words = 0;
        int capitalized = 0;
        foreach (Token t in tokens)
        {
            if (t.Kind == TokenKind.Word && t.Length >= 4)
            {
                words++;
                if (char.IsUpper(text[t.Start]))
                {
                    capitalized++;
                }
            }
        }

        return words >= 2 && capitalized * 10 >= words * 6;
    }

    private static bool IsSentenceStart(string text, List<Token> tokens, int i)
    {
        if (i == 0)
        {
            return true;
        }

        Token prev = tokens[i - 1];
        if (text.AsSpan(prev.End, tokens[i].Start - prev.End).Contains('\n'))
        {
            return true;
        }

        return prev.Kind == TokenKind.Symbol && prev.Lower is "." or "!" or "?" or ":" or ";" or "\"" or "“" or "(" or "-" or "–" or "—" or "•" or "*" or ">" or "|";
    }

    private static bool IsMixedCase(string text, Token t)
    {
        bool lowerSeen = false;
        for (int k = t.Start; k < t.End; k++)
        {
            char c = text[k];
            if (char.IsLower(c))
            {
                lowerSeen = true;
            }
            else if (k > t.Start && char.IsUpper(c) && lowerSeen && text[k - 1] != '-' && text[k - 1] != '\'')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllCaps(string text, Token t)
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
