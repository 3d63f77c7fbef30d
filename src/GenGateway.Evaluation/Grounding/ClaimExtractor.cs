using System.Globalization;
using System.Text.RegularExpressions;
using GenGateway.Evaluation.Pii;
using GenGateway.Evaluation.Text;

namespace GenGateway.Evaluation.Grounding;

/// <summary>Extracts checkable claims (numbers, money, dates, promises, names...) from a text, normalized for comparison.</summary>
public static partial class ClaimExtractor
{
    private const decimal MinutesPerHour = 60;

    /// <summary>Extracts all claims in <paramref name="text"/>, in text order per kind.</summary>
    public static IReadOnlyList<Claim> Extract(string text) => Extract(text, Tokenizer.Tokenize(text));

    internal static List<Claim> Extract(string text, List<Token> tokens)
    {
        var claims = new List<Claim>();
        var taken = new List<(int Start, int End)>();

        foreach (PiiMatch m in PiiDetector.Find(text))
        {
            if (m.Kind is PiiKind.Email or PiiKind.Phone)
            {
                string key = m.Kind == PiiKind.Email ? m.Value.ToLowerInvariant() : PhoneKey(m.Value);
                claims.Add(new Claim(m.Kind == PiiKind.Email ? ClaimKind.Email : ClaimKind.Phone, m.Start, m.Length, m.Value, 0, key, 0));
                taken.Add((m.Start, m.End));
            }
        }

        foreach (Match m in UrlRegex().Matches(text))
        {
            if (!IsTaken(taken, m.Index) && !IsTaken(taken, m.Index + m.Length - 1))
            {
                claims.Add(new Claim(ClaimKind.Url, m.Index, m.Length, m.Value, 0, NormalizeUrl(m.Value), 0));
                taken.Add((m.Index, m.Index + m.Length));
            }
        }

        AddNumericDates(text, claims, taken);
        ScanTokens(text, tokens, claims, taken);
        AddPromises(text, claims);
        EntityFinder.AddEntities(text, tokens, claims, taken);
        return claims;
    }

    internal static string NormalizeUrl(string url)
    {
        string u = url.ToLowerInvariant();
        int scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            u = u[(scheme + 3)..];
        }

        if (u.StartsWith("www.", StringComparison.Ordinal))
        {
            u = u[4..];
        }

        return u.TrimEnd('/');
    }

    internal static string PhoneKey(string phone)
    {
        Span<char> digits = stackalloc char[phone.Length];
        int n = 0;
        foreach (char c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
        }

        // Compare national numbers only, so "+1 415 555 0132" supports "(415) 555-0132".
        return n > 10 ? new string(digits[(n - 10)..n]) : new string(digits[..n]);
    }

    private static bool IsTaken(List<(int Start, int End)> taken, int position)
    {
        foreach ((int start, int end) in taken)
        {
            if (position >= start && position < end)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddNumericDates(string text, List<Claim> claims, List<(int Start, int End)> taken)
    {
        foreach (Match m in IsoDateRegex().Matches(text))
        {
            int year = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            int month = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            int day = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            if (IsTaken(taken, m.Index) || !AddDate(claims, m.Index, m.Length, m.Value, year, month, day))
            {
                continue;
            }

            taken.Add((m.Index, m.Index + m.Length));
        }

        foreach (Match m in SlashDateRegex().Matches(text))
        {
            if (IsTaken(taken, m.Index))
            {
                continue;
            }

            int a = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            int year = 0;
            if (m.Groups[3].Success)
            {
                year = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
                year = year < 100 ? 2000 + year : year;
            }

            // US order (month/day) unless the first part cannot be a month.
            (int month, int day) = a > 12 ? (b, a) : (a, b);
            if (AddDate(claims, m.Index, m.Length, m.Value, year, month, day))
            {
                taken.Add((m.Index, m.Index + m.Length));
            }
        }
    }

    /// <summary>Adds a date claim, and a weekday claim when the year is known, so a weekday elsewhere can rest on it.</summary>
    internal static bool AddDate(List<Claim> claims, int start, int length, string text, int year, int month, int day)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return false;
        }

        claims.Add(new Claim(ClaimKind.Date, start, length, text, (month * 100) + day, string.Empty, day));
        if (year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month))
        {
            DayOfWeek dow = new DateOnly(year, month, day).DayOfWeek;
            claims.Add(new Claim(ClaimKind.Weekday, start, length, text, (int)dow, "derived", 0));
        }

        return true;
    }

    private static void ScanTokens(string text, List<Token> tokens, List<Claim> claims, List<(int Start, int End)> taken)
    {
        int i = 0;
        while (i < tokens.Count)
        {
            Token t = tokens[i];
            if (IsTaken(taken, t.Start))
            {
                i++;
                continue;
            }

            int consumed = NumericScanner.TryRead(text, tokens, i, claims);
            if (consumed > 0)
            {
                Claim last = claims[^1];
                taken.Add((last.Start, last.Start + last.Length));
                i += consumed;
                continue;
            }

            if (t.Kind == TokenKind.Word && TryWeekday(text, t, out DayOfWeek dow))
            {
                claims.Add(new Claim(ClaimKind.Weekday, t.Start, t.Length, text.Substring(t.Start, t.Length), (int)dow, string.Empty, 0));
            }
            else if (t.IsWord("noon") || t.IsWord("midday") || t.IsWord("midnight"))
            {
                decimal minutes = t.Lower == "midnight" ? 0 : 12 * MinutesPerHour;
                claims.Add(new Claim(ClaimKind.Time, t.Start, t.Length, text.Substring(t.Start, t.Length), minutes, string.Empty, 0));
            }

            i++;
        }
    }

    private static bool TryWeekday(string text, Token t, out DayOfWeek dow)
    {
        if (CalendarNames.Weekdays.TryGetValue(t.Lower, out dow))
        {
            return true;
        }

        // "Sun" and "Sat" are weekdays only when capitalized and not followed by a letter ("Sunny").
        return char.IsUpper(text[t.Start]) && CalendarNames.WeekdayAbbreviations.TryGetValue(t.Lower, out dow);
    }

    private static void AddPromises(string text, List<Claim> claims)
    {
        string lower = text.ToLowerInvariant().Replace('’', '\'');
        var covered = new List<(int Start, int End)>();
        foreach (Promise promise in PromiseLexicon.All)
        {
            foreach (string phrase in promise.Phrases)
            {
                int at = 0;
                while ((at = lower.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
                {
                    int end = at + phrase.Length;
                    bool bounded = (at == 0 || !char.IsLetterOrDigit(lower[at - 1])) && (end == lower.Length || !char.IsLetterOrDigit(lower[end]));
                    if (bounded && !IsTaken(covered, at) && !(phrase == "free" && IsNonPromiseFree(lower, at)))
                    {
                        claims.Add(new Claim(ClaimKind.Promise, at, phrase.Length, text.Substring(at, phrase.Length), 0, promise.Phrases[0], 0));
                        covered.Add((at, end));
                    }

                    at = end;
                }
            }
        }
    }

    private static bool IsNonPromiseFree(string lower, int at)
    {
        // "gluten-free", "hands-free": a compound adjective, not an offer.
        if (at > 0 && lower[at - 1] == '-')
        {
            return true;
        }

        int end = at - 1;
        while (end >= 0 && lower[end] == ' ')
        {
            end--;
        }

        int start = end;
        while (start >= 0 && char.IsLetter(lower[start]))
        {
            start--;
        }

        string before = lower[(start + 1)..(end + 1)];
        return PromiseLexicon.NonPromiseBeforeFree.Contains(before) || lower.AsSpan(at).StartsWith("free of");
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""'()\[\]]*[^\s<>""'()\[\].,!?;:]|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|shop|store|app|dev|ai|info|biz|us|uk|de|fr|eu)\b(?:/[^\s<>""']*[^\s<>""'.,!?;:)])?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})(?=\b|T)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex(@"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDateRegex();
}
