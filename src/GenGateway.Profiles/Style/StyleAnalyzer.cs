using GenGateway.Core.Personalization;
using GenGateway.Evaluation.Tone;

namespace GenGateway.Profiles.Style;

/// <summary>Reads the style features of one message. Pure and thread-safe; works on redacted text.</summary>
public static class StyleAnalyzer
{
    // ToneAnalyzer puts plain text near 0.6; these bounds leave plain business prose neutral.
    private const double CasualBelow = 0.45;
    private const double FormalAbove = 0.72;

    // A closing line is short: "Best regards, Ann" fits, a sentence starting with "Thanks for" does not.
    private const int MaxSignOffLineLength = 40;

    private static readonly char[] Separators = [' ', '\t', '\r', '\n'];

    private static readonly char[] TrimChars = ['.', ',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '{', '}', '«', '»', '“', '”', '‘', '’', '-', '–', '—', '*', '/'];

    /// <summary>Analyzes a message body.</summary>
    public static MessageStyle Analyze(string text)
    {
        var words = Words(text);
        var tone = ToneAnalyzer.Analyze(text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var greeting = lines.Length > 0 ? Opening(lines[0]) : null;
        var signOff = Closing(lines);
        var formality = Formality(tone.Formality, greeting);
        return new MessageStyle(words.Count, formality, tone.Count(ToneCueKind.Emoji), greeting, signOff, LanguageGuesser.Guess(words));
    }

    /// <summary>Lower-cased words (letters, digits, apostrophes) of a text.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>(text.Length / 5);
        foreach (var raw in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(TrimChars).ToLowerInvariant();
            if (word.Length > 0 && word.Any(char.IsLetterOrDigit))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static string Formality(double score, string? greeting)
    {
        // An opening like "Dear" or "Hey" says more about register than the body's word choice.
        if (greeting is "Dear" or "Sehr geehrte" or "Sehr geehrter")
        {
            score += 0.15;
        }
        else if (greeting is "Hey" or "Hiya" or "Yo")
        {
            score -= 0.15;
        }

        return score < CasualBelow ? TraitNames.Casual : score > FormalAbove ? TraitNames.Formal : TraitNames.Neutral;
    }

    private static string? Opening(string line) => StartingPhrase(line, StyleLexicon.Greetings);

    private static string? Closing(string[] lines)
    {
        for (var i = lines.Length - 1; i >= Math.Max(1, lines.Length - 3); i--)
        {
            if (lines[i].Length <= MaxSignOffLineLength && StartingPhrase(lines[i], StyleLexicon.SignOffs) is { } phrase)
            {
                return phrase;
            }
        }

        return null;
    }

    private static string? StartingPhrase(string line, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (line.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (line.Length == phrase.Length || !char.IsLetter(line[phrase.Length])))
            {
                return phrase;
            }
        }

        return null;
    }
}
