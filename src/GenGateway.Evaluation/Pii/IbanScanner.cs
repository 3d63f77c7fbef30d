using System.Text.RegularExpressions;

namespace GenGateway.Evaluation.Pii;

/// <summary>
/// Finds IBANs in any letter case, written solid or in groups. A regular expression cannot know where an IBAN ends
/// ("GB82 WEST 1234 5698 7654 32 and" has a 3-letter word after it), so from each possible start this takes the
/// longest run of groups that passes the mod-97 check. Runs shaped like an IBAN that fail the check (a typo) are
/// reported too, so their digit groups are not taken for a phone or card number.
/// </summary>
internal static class IbanScanner
{
    // ISO 13616: 15 (Norway) to 34 characters.
    private const int MinLength = 15;
    private const int MaxLength = 34;

    public static IEnumerable<(int Start, int Length, bool Valid)> Find(string text)
    {
        int searchFrom = 0;
        foreach (Match start in PiiPatterns.IbanStart().Matches(text))
        {
            if (start.Index < searchFrom)
            {
                continue;
            }

            var (valid, shaped) = Ends(text, start.Index);
            if ((valid ?? shaped) is { } e)
            {
                searchFrom = e;
                yield return (start.Index, e - start.Index, valid is not null);
            }
        }
    }

    private static (int? Valid, int? Shaped) Ends(string text, int start)
    {
        // Group ends: positions after a run of letters/digits, where a single space or dash may separate runs.
        var ends = new List<int>();
        int alnum = 0;
        int i = start;
        while (i < text.Length && alnum < MaxLength)
        {
            char c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                alnum++;
                i++;
                if (i == text.Length || !char.IsAsciiLetterOrDigit(text[i]))
                {
                    ends.Add(i);
                }
            }
            else if ((c is ' ' or '-') && i > start && char.IsAsciiLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        int? shaped = null;
        for (int k = ends.Count - 1; k >= 0; k--)
        {
            int end = ends[k];

            // An IBAN never ends inside a word: the run it ends with must stop at a non-letter/digit.
            if (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                continue;
            }

            ReadOnlySpan<char> candidate = text.AsSpan(start, end - start);
            if (CountAlnum(candidate) is >= MinLength and <= MaxLength && IsOneCase(candidate))
            {
                if (Checksums.PassesIbanMod97(candidate.ToString().Replace('-', ' ')))
                {
                    return (end, shaped);
                }

                shaped ??= end;
            }
        }

        return (null, shaped);
    }

    private static int CountAlnum(ReadOnlySpan<char> value)
    {
        int n = 0;
        foreach (char c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    // "de89 3704 ..." and "DE89 3704 ..." are IBANs; "De89 ..." mixing cases is a word followed by numbers.
    private static bool IsOneCase(ReadOnlySpan<char> value)
    {
        bool upper = false;
        bool lower = false;
        foreach (char c in value)
        {
            upper |= char.IsAsciiLetterUpper(c);
            lower |= char.IsAsciiLetterLower(c);
        }

        return !(upper && lower);
    }
}
