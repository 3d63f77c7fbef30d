using System.Text.RegularExpressions;

namespace GenGateway.Core.Tasks.Copy;

/// <summary>
/// What the user should do, read from a UI context's goal whatever its grammatical form: an imperative ("complete
/// purchase"), a gerund ("completing checkout"), an infinitive ("to verify email"), a request about users ("help
/// users track their orders") or a noun phrase ("account setup", "pricing"). A goal stated from the business's side
/// ("increase sign-ups") says nothing a user could be asked to do, so it reads as no goal.
/// </summary>
internal sealed partial record Goal
{
    private Goal(string verb, string rest, bool fromNoun)
    {
        Verb = verb;
        Rest = rest;
        FromNoun = fromNoun;
    }

    /// <summary>The verb, base form, lower case ("complete", "sign").</summary>
    public string Verb { get; }

    /// <summary>Everything after the verb as written ("up for the newsletter", "purchase").</summary>
    public string Rest { get; }

    /// <summary>Made from a noun phrase goal ("account setup" → "complete your account setup").</summary>
    public bool FromNoun { get; }

    /// <summary>The goal is itself to begin something ("start shopping"), so "… to get started" would say it twice.</summary>
    public bool IsStart => Verb is "start" or "begin";

    /// <summary>Button wording, as terse as the caller wrote it: "Complete purchase", "Sign up".</summary>
    public string Button => Casing.Capitalize(Join(Verb, Rest));

    /// <summary>Sentence wording with the object owned by the reader: "complete your purchase".</summary>
    public string Phrase => Join(Verb, WithYour(Rest));

    /// <summary>The -ing form for "Start by …": "completing your purchase".</summary>
    public string Gerund => Join(Ing(Verb), WithYour(Rest));

    /// <summary>Reads a goal; null when it is empty or names no action the reader could take.</summary>
    public static Goal? Read(string? value)
    {
        var text = Casing.Clean(value);
        if (text is null)
        {
            return null;
        }

        text = AboutUsers().Replace(text, string.Empty).Trim();
        text = YouPossessives().Replace(text, m => char.IsUpper(m.Value[0]) ? "Your" : "your");
        if (text.StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var first = words[0].ToLowerInvariant();
        var rest = string.Join(' ', words[1..]);
        if (Words.BusinessVerbs.Contains(first))
        {
            return null;
        }

        if (first is "understand" or "know")
        {
            // "understand pricing" is not a button; reading about it is.
            return rest.Length == 0 ? null : new Goal("learn", "about " + rest, fromNoun: false);
        }

        if (Words.UserVerbs.Contains(first))
        {
            return new Goal(first, rest, fromNoun: false);
        }

        if (FromGerund(first) is { } verb)
        {
            return new Goal(verb, rest, fromNoun: false);
        }

        // "tidy your inbox", "rebook a flight": a word followed by an article or possessive is a verb this list lacks,
        // never the start of a noun phrase.
        if (words.Length >= 2 && words[1].ToLowerInvariant() is "the" or "a" or "an" or "your" or "my" or "our" or "this" or "these" or "those"
            && !Words.Determiners.Contains(first))
        {
            return new Goal(first, rest, fromNoun: false);
        }

        // A noun phrase. An action named by a noun is completed; a topic is explored.
        var head = words[^1].ToLowerInvariant();
        var asObject = Casing.LowerLead(text);
        if (Words.ActionNouns.Contains(head))
        {
            return new Goal("complete", asObject, fromNoun: true);
        }

        return words.Length <= 4 && !text.Contains(',', StringComparison.Ordinal) ? new Goal("explore", asObject, fromNoun: true) : null;
    }

    private static string Join(string verb, string rest) => rest.Length == 0 ? verb : verb + " " + rest;

    /// <summary>
    /// Puts "your" before a bare singular object so a sentence reads "complete your purchase", not "complete purchase";
    /// particles ("sign up"), prepositions, plurals, names, mass nouns and objects that already have one are left alone.
    /// </summary>
    private static string WithYour(string rest)
    {
        if (rest.Length == 0)
        {
            return rest;
        }

        var words = rest.Split(' ').ToList();
        var i = 0;
        while (i < words.Count && (Words.Particles.Contains(words[i]) || words[i] is "to" or "for" or "into" or "with" or "from" or "about"))
        {
            i++;
        }

        if (i >= words.Count)
        {
            return rest;
        }

        var word = words[i];
        if (word is "by" or "at" or "of" or "as" or "via" or "per" or "near" or "within" or "without" or "under" or "across" or "like")
        {
            // "filter by price": the verb has no object of its own to put "your" before.
            return rest;
        }

        var headIndex = words.FindIndex(i, w => w is "for" or "with" or "from" or "to" or "in" or "on" or "by" or "and" or "of");
        var head = (headIndex > i ? words[headIndex - 1] : words[^1]).ToLowerInvariant();
        var bare = !Words.Determiners.Contains(word) && !Casing.IsNameLike(word) && !char.IsDigit(word[0])
            && !Words.NoArticleNouns.Contains(word) && !Words.NoArticleNouns.Contains(head)
            && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal)
            && !(head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal))
            && word is not ("it" or "them" or "this" or "that" or "what" or "how" or "where" or "when" or "why" or "who"
                or "new" or "more" or "less" or "most" or "up" or "out" or "something" or "anything" or "everything");
        if (!bare)
        {
            return rest;
        }

        words.Insert(i, "your");
        return string.Join(' ', words);
    }

    private static string? FromGerund(string word)
    {
        if (!word.EndsWith("ing", StringComparison.Ordinal) || word.Length < 5)
        {
            return null;
        }

        var stem = word[..^3];
        if (Words.UserVerbs.Contains(stem))
        {
            return stem;
        }

        if (Words.UserVerbs.Contains(stem + "e"))
        {
            return stem + "e";
        }

        return stem.Length > 2 && stem[^1] == stem[^2] && Words.UserVerbs.Contains(stem[..^1]) ? stem[..^1] : null;
    }

    private static string Ing(string verb)
    {
        if (Words.DoublingVerbs.Contains(verb))
        {
            return verb + verb[^1] + "ing";
        }

        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            return verb[..^2] + "ying";
        }

        return verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) ? verb[..^1] + "ing" : verb + "ing";
    }

    // "help users (to)", "get customers to", "let the user", "users should", "so that people can" ...
    [GeneratedRegex(@"^(?:(?:help|get|let|have|make|allow|enable|encourage|nudge|remind|invite|ask|prompt|persuade|convince|motivate|push|lead)\s+(?:the\s+)?(?:users?|customers?|people|visitors?|members?|shoppers?|readers?|buyers?|guests?|subscribers?|them|someone)\s+(?:to\s+)?|(?:so\s+(?:that\s+)?)?(?:the\s+)?(?:users?|customers?|people|visitors?|members?|shoppers?)\s+(?:should|can|could|must|need\s+to|needs\s+to|want\s+to|wants\s+to|will|to)\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex AboutUsers();

    [GeneratedRegex(@"\b(?:their|his|her)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouPossessives();
}
