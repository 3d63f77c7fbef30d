namespace GenGateway.Core.Tasks.Copy;

/// <summary>Capitalization that leaves brand spellings ("iPhone", "eBay", "SKU-42") alone.</summary>
internal static class Casing
{
    /// <summary>Upper-cases the first letter unless the first word is spelled with its own inner capitals.</summary>
    public static string Capitalize(string text)
    {
        if (text.Length == 0 || !char.IsLower(text[0]) || HasInnerCapital(FirstWord(text)))
        {
            return text;
        }

        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>
    /// Lower-cases a field's first letter for use mid-sentence, but only when it is a common word written in
    /// sentence case ("Free shipping" → "free shipping"); a name ("Aurora", "Nike") keeps its capital.
    /// </summary>
    public static string LowerLead(string text)
    {
        var first = FirstWord(text);
        if (first.Length == 0 || !char.IsUpper(first[0]) || HasInnerCapital(first) || (first.Length > 1 && first.All(c => !char.IsLower(c))))
        {
            return text;
        }

        return IsCommonWord(first) && !IsTitleCased(text) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>
    /// The field for use after a colon mid-line: lower-cased when its first word is surely a common word, as is when
    /// it starts with an acronym, and null when it starts with a capitalized word that may be a name, so the
    /// template that would show it either way is skipped.
    /// </summary>
    public static string? LowerLeadOrNull(string text)
    {
        var first = FirstWord(text);
        if (first.Length == 0 || !char.IsUpper(first[0]) || HasInnerCapital(first) || (first.Length > 1 && first.All(c => !char.IsLower(c))))
        {
            return text;
        }

        if (IsTitleCased(text))
        {
            return null;
        }

        return IsCommonWord(first) ? char.ToLowerInvariant(text[0]) + text[1..] : null;
    }

    private static readonly string[] Calendar =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>
    /// Whether most of the phrase's words are capitalized ("Wine Club membership", "Security in the Cloud"): a
    /// title or name whose first capital is part of it. Weekdays and months are capitalized anyway and do not count.
    /// </summary>
    private static bool IsTitleCased(string text)
    {
        var words = text.Split(' ').Select(w => w.Trim(',', '.', ':', '!', '?', '(', ')'))
            .Where(w => w.Length >= 3 && char.IsLetter(w[0]) && !Calendar.Contains(w.ToLowerInvariant()) && w.Any(char.IsLower)
                && !TitleSmallWords.Contains(w))
            .ToList();
        return words.Count >= 2 && words.Count(w => char.IsUpper(w[0])) * 2 > words.Count;
    }

    // Title case leaves these lower case ("Security in the Cloud"), so they say nothing about whether a phrase is a title.
    private static readonly string[] TitleSmallWords = ["the", "and", "for", "with", "from", "into", "over", "nor", "but"];

    // Hyphenated words and words with these endings are rarely names ("Early-bird", "Roasted", "Exclusive").
    private static readonly string[] CommonEndings = ["ing", "ed", "ly", "tion", "sion", "ness", "ment", "able", "ible", "ful", "less", "ive", "ous", "ity"];

    private static bool IsCommonWord(string word)
    {
        var bare = word.TrimEnd(',', ':', '.', '!', '?');
        return Words.CommonLeadWords.Contains(bare) || Words.UserVerbs.Contains(bare) || Words.Determiners.Contains(bare)
            || (bare.Contains('-', StringComparison.Ordinal) && bare[1..].All(c => !char.IsUpper(c)))
            || CommonEndings.Any(e => bare.Length > e.Length + 2 && bare.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A field typed in capitals ("BUY NOW") in the case people read.</summary>
    public static string Unshout(string text) =>
        text.Length > 3 && text.Any(char.IsLetter) && !text.Any(char.IsLower) && text.Count(char.IsLetter) > 4
            ? char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant()
            : text;

    /// <summary>The first whitespace-delimited word.</summary>
    public static string FirstWord(string text)
    {
        var end = text.IndexOf(' ', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    /// <summary>The last whitespace-delimited word.</summary>
    public static string LastWord(string text)
    {
        var start = text.LastIndexOf(' ');
        return start < 0 ? text : text[(start + 1)..];
    }

    /// <summary>Whether a word has a capital after its first letter (iPhone, eBay, PlayStation).</summary>
    public static bool HasInnerCapital(string word) => word.Length > 1 && word.Skip(1).Any(char.IsUpper) && word.Any(char.IsLower);

    /// <summary>Whether a word starts with a capital or a digit, as a name's words do.</summary>
    public static bool IsNameLike(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]) || HasInnerCapital(word));

    /// <summary>Trims spaces and the closing punctuation a field may carry.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ';', ',', ':');
        return text.Length == 0 ? null : Unshout(text);
    }

    /// <summary>A fact as a sentence: capitalized, ending in a full stop unless it already ends in ? or !.</summary>
    public static string Sentence(string text)
    {
        var capitalized = Capitalize(text);
        return capitalized.EndsWith('?') || capitalized.EndsWith('!') || capitalized.EndsWith('.') ? capitalized : capitalized + ".";
    }
}
