using System.Collections.Frozen;
using GenGateway.Evaluation.Text;

namespace GenGateway.Evaluation.Grounding;

/// <summary>Reads one numeric claim (money, percent, duration, time, date or bare number) starting at a token.</summary>
internal static class NumericScanner
{
    private static readonly FrozenDictionary<string, string> CurrencySymbols = new Dictionary<string, string>
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>
    {
        ["usd"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["bucks"] = "USD", ["eur"] = "EUR", ["euro"] = "EUR",
        ["euros"] = "EUR", ["gbp"] = "GBP", ["pound"] = "GBP", ["pounds"] = "GBP", ["quid"] = "GBP", ["jpy"] = "JPY",
        ["yen"] = "JPY", ["cad"] = "CAD", ["aud"] = "AUD", ["chf"] = "CHF",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, decimal> DurationMinutes = new Dictionary<string, decimal>
    {
        ["minute"] = 1, ["minutes"] = 1, ["min"] = 1, ["mins"] = 1, ["hour"] = 60, ["hours"] = 60, ["hr"] = 60, ["hrs"] = 60,
        ["h"] = 60, ["day"] = 1440, ["days"] = 1440, ["week"] = 10080, ["weeks"] = 10080, ["wk"] = 10080, ["wks"] = 10080,
        ["month"] = 43200, ["months"] = 43200, ["year"] = 525600, ["years"] = 525600, ["yr"] = 525600, ["yrs"] = 525600,
    }.ToFrozenDictionary();

    /// <summary>Tries to read a claim at token <paramref name="i"/>; returns the number of tokens used, 0 for none.</summary>
    public static int TryRead(string text, List<Token> tokens, int i, List<Claim> claims)
    {
        Token t = tokens[i];

        // "$20", "€ 20", "USD 20"
        if ((t.Kind == TokenKind.Symbol && CurrencySymbols.TryGetValue(t.Lower, out string? currency))
            || (t.Kind == TokenKind.Word && t.Lower.Length == 3 && CurrencyWords.TryGetValue(t.Lower, out currency)))
        {
            if (At(tokens, i + 1) is { Kind: TokenKind.Number } amount)
            {
                int used = 2;
                decimal value = amount.Value;
                if (At(tokens, i + 2) is { } k && Adjacent(amount, k) && (k.IsWord("k") || k.IsWord("m")))
                {
                    value *= k.Lower == "k" ? 1000 : 1_000_000;
                    used = 3;
                }

                Add(text, claims, ClaimKind.Money, t.Start, tokens[i + used - 1].End, value, currency, amount.Value);
                return used;
            }
        }

        if (t.Kind == TokenKind.Word)
        {
            return TryReadWordFirst(text, tokens, i, claims);
        }

        if (t.Kind != TokenKind.Number)
        {
            return 0;
        }

        Token? next = At(tokens, i + 1);

        // "20%", "20 percent", "20 per cent"
        if (next is { } n1 && (n1.IsSymbol('%') || n1.IsWord("percent") || n1.IsWord("pct") || n1.IsWord("pc")))
        {
            Add(text, claims, ClaimKind.Percent, t.Start, n1.End, t.Value, string.Empty, t.Value);
            return 2;
        }

        if (next is { } p && p.IsWord("per") && At(tokens, i + 2) is { } c && c.IsWord("cent"))
        {
            Add(text, claims, ClaimKind.Percent, t.Start, c.End, t.Value, string.Empty, t.Value);
            return 3;
        }

        // "20 dollars", "20€", "20 EUR"
        if (next is { } cw && ((cw.Kind == TokenKind.Word && CurrencyWords.TryGetValue(cw.Lower, out string? cur))
                               || (cw.Kind == TokenKind.Symbol && Adjacent(t, cw) && CurrencySymbols.TryGetValue(cw.Lower, out cur))))
        {
            Add(text, claims, ClaimKind.Money, t.Start, cw.End, t.Value, cur, t.Value);
            return 2;
        }

        int dateUsed = TryReadDayMonth(text, tokens, i, claims);
        if (dateUsed > 0)
        {
            return dateUsed;
        }

        int timeUsed = TryReadTime(text, tokens, i, claims);
        if (timeUsed > 0)
        {
            return timeUsed;
        }

        // "48 hours", "48-hour", "two days"
        int unitIndex = next is { } dash && dash.IsSymbol('-') ? i + 2 : i + 1;
        if (At(tokens, unitIndex) is { Kind: TokenKind.Word } unit && DurationMinutes.TryGetValue(unit.Lower, out decimal perUnit)
            && !(unit.Lower == "h" && !Adjacent(t, unit)))
        {
            Add(text, claims, ClaimKind.Duration, t.Start, unit.End, t.Value * perUnit, string.Empty, t.Value);
            return unitIndex - i + 1;
        }

        // Spelled "one" is an article more often than a number ("one of our best"), so it is no claim on its own.
        if (t.FromWords && t.Value <= 1)
        {
            return 0;
        }

        int used2 = 1;
        int end = t.End;
        if (next is { } ordinal && Adjacent(t, ordinal) && ordinal.Kind == TokenKind.Word && ordinal.Lower is "st" or "nd" or "rd" or "th")
        {
            used2 = 2;
            end = ordinal.End;
        }

        Add(text, claims, ClaimKind.Number, t.Start, end, t.Value, string.Empty, t.Value);
        return used2;
    }

    private static int TryReadWordFirst(string text, List<Token> tokens, int i, List<Claim> claims)
    {
        Token t = tokens[i];

        // "half off", "half price", "half-price"
        if (t.Lower is "half-price" or "half-off")
        {
            Add(text, claims, ClaimKind.Percent, t.Start, t.End, 50, string.Empty, 50);
            return 1;
        }

        if (t.IsWord("half") && At(tokens, i + 1) is { } off && (off.IsWord("off") || off.IsWord("price")))
        {
            Add(text, claims, ClaimKind.Percent, t.Start, off.End, 50, string.Empty, 50);
            return 2;
        }

        // "November 20", "Nov 20th, 2026"
        if (CalendarNames.Months.TryGetValue(t.Lower, out int month) && At(tokens, i + 1) is { Kind: TokenKind.Number, FromWords: false } day
            && day.Value is >= 1 and <= 31 && decimal.IsInteger(day.Value) && (t.Lower != "may" || char.IsUpper(text[t.Start])))
        {
            int used = 2;
            int end = day.End;
            if (At(tokens, i + 2) is { } ord && Adjacent(day, ord) && ord.Lower is "st" or "nd" or "rd" or "th")
            {
                used = 3;
                end = ord.End;
            }

            int year = 0;
            int yearAt = At(tokens, i + used) is { } comma && comma.IsSymbol(',') ? i + used + 1 : i + used;
            if (At(tokens, yearAt) is { Kind: TokenKind.Number } y && y.Value is >= 1900 and <= 2200)
            {
                year = (int)y.Value;
                used = yearAt - i + 1;
                end = y.End;
            }

            return ClaimExtractor.AddDate(claims, t.Start, end - t.Start, text[t.Start..end], year, month, (int)day.Value) ? used : 0;
        }

        return 0;
    }

    private static int TryReadDayMonth(string text, List<Token> tokens, int i, List<Claim> claims)
    {
        // "20 November", "20th of Nov 2026"
        Token day = tokens[i];
        if (day.FromWords || !decimal.IsInteger(day.Value) || day.Value is < 1 or > 31)
        {
            return 0;
        }

        int k = i + 1;
        if (At(tokens, k) is { } ord && Adjacent(day, ord) && ord.Lower is "st" or "nd" or "rd" or "th")
        {
            k++;
        }

        if (At(tokens, k) is { } of && of.IsWord("of"))
        {
            k++;
        }

        if (At(tokens, k) is not { Kind: TokenKind.Word } m || !CalendarNames.Months.TryGetValue(m.Lower, out int month)
            || (m.Lower == "may" && !char.IsUpper(text[m.Start])))
        {
            return 0;
        }

        int end = m.End;
        int year = 0;
        if (At(tokens, k + 1) is { Kind: TokenKind.Number } y && y.Value is >= 1900 and <= 2200)
        {
            year = (int)y.Value;
            end = y.End;
            k++;
        }

        return ClaimExtractor.AddDate(claims, day.Start, end - day.Start, text[day.Start..end], year, month, (int)day.Value) ? k - i + 1 : 0;
    }

    private static int TryReadTime(string text, List<Token> tokens, int i, List<Claim> claims)
    {
        Token hour = tokens[i];
        if (hour.FromWords || !decimal.IsInteger(hour.Value) || hour.Value > 24)
        {
            return 0;
        }

        int k = i + 1;
        decimal minutes = 0;
        bool hasMinutes = false;
        if (At(tokens, k) is { } colon && colon.IsSymbol(':') && At(tokens, k + 1) is { Kind: TokenKind.Number } mm
            && mm.Length == 2 && mm.Value < 60)
        {
            minutes = mm.Value;
            hasMinutes = true;
            k += 2;
        }

        int meridiem = 0;
        int end = tokens[k - 1].End;
        if (At(tokens, k) is { Kind: TokenKind.Word } ap)
        {
            if (ap.Lower is "am" or "pm")
            {
                meridiem = ap.Lower == "am" ? 1 : 2;
                end = ap.End;
                k++;
            }
            else if ((ap.Lower is "a" or "p") && At(tokens, k + 1) is { } dot && dot.IsSymbol('.') && At(tokens, k + 2) is { } m && m.IsWord("m"))
            {
                meridiem = ap.Lower == "a" ? 1 : 2;
                k += 3;
                end = tokens[k - 1].End;
                if (At(tokens, k) is { } dot2 && dot2.IsSymbol('.'))
                {
                    end = dot2.End;
                    k++;
                }
            }
        }

        if (!hasMinutes && meridiem == 0)
        {
            return 0;
        }

        decimal h = hour.Value % 12;
        if (meridiem == 2)
        {
            h += 12;
        }
        else if (meridiem == 0)
        {
            h = hour.Value;
        }

        // Without am/pm the key is the 12-hour value, and GroundingIndex matches either half of the day.
        string key = meridiem == 0 ? "ambiguous" : string.Empty;
        Add(text, claims, ClaimKind.Time, hour.Start, end, (h * 60) + minutes, key, hour.Value);
        return k - i;
    }

    private static void Add(string text, List<Claim> claims, ClaimKind kind, int start, int end, decimal value, string key, decimal raw) =>
        claims.Add(new Claim(kind, start, end - start, text[start..end], value, key, raw));

    private static Token? At(List<Token> tokens, int i) => i >= 0 && i < tokens.Count ? tokens[i] : null;

    private static bool Adjacent(Token a, Token b) => a.End == b.Start;
}
