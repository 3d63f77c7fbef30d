using System.Text.RegularExpressions;

namespace GenGateway.Core.Tasks.Copy;

/// <summary>A fact from a brief or context, with the forms templates join it in.</summary>
internal sealed partial record Fact
{
    private Fact(string text, string? until, bool isImperative)
    {
        Text = text;
        Until = until;
        IsImperative = isImperative;
    }

    /// <summary>The fact as written, without closing punctuation.</summary>
    public string Text { get; }

    /// <summary>A deadline as a trailing phrase ("Sale ends Sunday" → "until Sunday"), else null.</summary>
    public string? Until { get; }

    /// <summary>An instruction to the reader ("Order by March 31", "Use code SPRING at checkout").</summary>
    public bool IsImperative { get; }

    /// <summary>Whether it sets a deadline or limits the offer in time.</summary>
    public bool IsDeadline => Until is not null || DeadlineWords().IsMatch(Text);

    /// <summary>As its own sentence: "Sale ends Sunday."</summary>
    public string Sentence => Casing.Sentence(Text);

    /// <summary>As a line or after a colon at line start: "Sale ends Sunday".</summary>
    public string Start => Casing.Capitalize(Text);

    /// <summary>After a colon mid-line: "free shipping over $50".</summary>
    public string? Inner => Casing.LowerLeadOrNull(Text);

    /// <summary>Reads one fact; null when empty.</summary>
    public static Fact? Read(string? value)
    {
        var text = Casing.Clean(value);
        if (text is null)
        {
            return null;
        }

        string? until = null;
        if (Ends().Match(text) is { Success: true } ends
            && (ends.Groups["verb"].Success || ends.Groups["kind"].Value.ToLowerInvariant() is "until" or "till" or "through" or "thru"))
        {
            until = (ends.Groups["kind"].Value.ToLowerInvariant() is "through" or "thru" ? "through " : "until ") + ends.Groups["when"].Value;
        }

        var first = Casing.FirstWord(text).ToLowerInvariant();
        var imperative = Words.UserVerbs.Contains(first) && !text.Contains(" for ", StringComparison.OrdinalIgnoreCase);
        return new Fact(text, until, imperative);
    }

    /// <summary>Reads every fact, dropping empty ones.</summary>
    public static IReadOnlyList<Fact> ReadAll(IReadOnlyList<string>? values) =>
        values is null ? [] : [.. values.Select(Read).OfType<Fact>()];

    // "Sale ends Sunday", "Offer valid until March 31", "Ends at midnight", "Through Sunday only".
    [GeneratedRegex(@"^(?:(?:the\s+|our\s+|this\s+)?(?:sale|offer|deal|deals|discount|promo|promotion|event|savings|prices|pricing|price)\s+)?(?:(?<verb>ends|expires|closes|finishes|runs|is\s+valid|valid|lasts|available)\s+)?(?<kind>until|till|through|thru|on|at)?\s*(?<when>(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+at\s+[^,;]+|\s+night)?|midnight(?:\s+tonight)?|tonight|tomorrow|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+\d{4})?|the\s+end\s+of\s+\w+|end\s+of\s+\w+)(?:\s+only)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Ends();

    [GeneratedRegex(@"\b(?:ends?|ending|until|till|through|expires?|last\s+day|last\s+chance|only\s+\d+\s+left|while\s+supplies\s+last|by\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|deadline|closes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineWords();
}
