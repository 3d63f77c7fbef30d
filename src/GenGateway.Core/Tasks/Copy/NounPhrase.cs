namespace GenGateway.Core.Tasks.Copy;

/// <summary>
/// A product or campaign as the brief names it, read for the form the copy needs: whether it already has an article,
/// is plural, or is a name; so templates say "20% off the Aurora e-bike", "20% off winter coats", "20% off Notion".
/// </summary>
internal sealed record NounPhrase
{
    private NounPhrase(string text, bool hasDeterminer, bool isPlural, bool isName, bool needsArticle)
    {
        Text = text;
        HasDeterminer = hasDeterminer;
        IsPlural = isPlural;
        IsName = isName;
        NeedsArticle = needsArticle;
    }

    /// <summary>The phrase as written, cleaned.</summary>
    public string Text { get; }

    /// <summary>Starts with an article or possessive ("the", "our").</summary>
    public bool HasDeterminer { get; }

    /// <summary>Its head noun is plural ("winter coats"), so it takes "are".</summary>
    public bool IsPlural { get; }

    /// <summary>Every word is capitalized or a number ("Spotify Premium", "Model 3"): a name takes no article.</summary>
    public bool IsName { get; }

    /// <summary>A singular count noun under a name ("Aurora e-bike", "Pro plan"): it reads with "the".</summary>
    public bool NeedsArticle { get; }

    /// <summary>For use inside a sentence: "the Aurora e-bike", "winter coats", "our spring range", "our pasta class" for "a pasta class".</summary>
    public string Inner
    {
        get
        {
            if (HasDeterminer)
            {
                var first = Casing.FirstWord(Text);
                // "a pasta-making class" presents one of many; the sender's own reads as meant ("Meet our pasta-making class").
                return (first.ToLowerInvariant() is "a" or "an" ? "our" : first.ToLowerInvariant()) + Text[first.Length..];
            }

            return NeedsArticle ? "the " + Casing.LowerLead(Text) : Casing.LowerLead(Text);
        }
    }

    /// <summary>
    /// As the sender's own, for lines that only present it: "our open house", "our coffee", but "the Aurora e-bike",
    /// "running socks" and "Spotify Premium" as <see cref="Inner"/> has them. A bare singular common noun reads badly
    /// alone ("A closer look at open house"), and "our" fits count and mass nouns alike where "an" would not.
    /// </summary>
    public string Owned => !HasDeterminer && !NeedsArticle && !IsName && !IsPlural ? "our " + Casing.LowerLead(Text) : Inner;

    /// <summary>At the start of a line: "The Aurora e-bike", "Winter coats".</summary>
    public string Start => Casing.Capitalize(Inner);

    /// <summary>"is" or "are", agreeing with the phrase.</summary>
    public string Be => IsPlural ? "are" : "is";

    /// <summary>After "selected" or "new": only a plural without an article ("selected winter coats").</summary>
    public string? Bare => !HasDeterminer && IsPlural && !IsName ? Casing.LowerLead(Text) : null;

    /// <summary>Reads a product or campaign field; null when it is empty.</summary>
    public static NounPhrase? Read(string? value)
    {
        var text = Casing.Clean(value);
        if (text is null)
        {
            return null;
        }

        var words = text.Split(' ');
        var hasDeterminer = Words.Determiners.Contains(words[0]);
        var head = HeadNoun(words);
        var isPlural = words.Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase) || w == "&") || IsPluralNoun(head);
        var content = hasDeterminer ? words[1..] : words;
        var isName = content.Length > 0 && content.All(w => Casing.IsNameLike(w) || w is "&" or "+" or "-" or "of");
        // "Aurora e-bike": a name, then a singular common noun. "skincare", "coffee": a mass noun, no article.
        var needsArticle = !hasDeterminer && !isPlural && !isName && words.Length > 1 && Casing.IsNameLike(words[0])
            && !Words.NoArticleNouns.Contains(head);
        return new NounPhrase(text, hasDeterminer, isPlural, isName, needsArticle);
    }

    private static string HeadNoun(string[] words)
    {
        // "coats for kids", "shoes with free laces": the head comes before the first preposition.
        var end = Array.FindIndex(words, 1, w => w is "for" or "with" or "from" or "in" or "by" or "of" or "at" or "on");
        return (end > 0 ? words[end - 1] : words[^1]).TrimEnd(',', '.');
    }

    private static bool IsPluralNoun(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower is "men" or "women" or "children" or "people" or "feet" or "teeth" or "mice" or "geese" or "kids")
        {
            return true;
        }

        if (Casing.IsNameLike(word) && !(word.Length > 1 && char.IsUpper(word[0]) && word[1..].All(char.IsLower)))
        {
            return false;
        }

        return lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)
            && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal)
            && lower is not "news" and not "series" and not "species" and not "lens" and not "analytics" and not "gas"
                and not "plus" and not "express" and not "atlas" and not "canvas" and not "bus" and not "yes" and not "always";
    }
}
