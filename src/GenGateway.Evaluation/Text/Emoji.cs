namespace GenGateway.Evaluation.Text;

/// <summary>Recognises emoji (pictographs, dingbats, flags) and classic emoticons such as ":)".</summary>
internal static class Emoji
{
    private static readonly string[] Emoticons = [":-)", ":)", ":-(", ":(", ";-)", ";)", ":D", ":-D", ":P", ":-P", "<3", ":o", "xD", "^^", "^_^"];

    /// <summary>Finds every emoji and emoticon as (start, length) pairs; a trailing variation selector or joiner sequence is included.</summary>
    public static List<(int Start, int Length)> Find(string text)
    {
        var found = new List<(int Start, int Length)>();
        int i = 0;
        while (i < text.Length)
        {
            int len = EmojiLengthAt(text, i);
            if (len == 0)
            {
                len = EmoticonLengthAt(text, i);
            }

            if (len > 0)
            {
                found.Add((i, len));
                i += len;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>Finds every emoji (not emoticons) as (start, length) pairs.</summary>
    public static List<(int Start, int Length)> FindPictographs(string text)
    {
        var found = new List<(int Start, int Length)>();
        int i = 0;
        while (i < text.Length)
        {
            int len = EmojiLengthAt(text, i);
            if (len > 0)
            {
                found.Add((i, len));
                i += len;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>Length of the emoji sequence starting at <paramref name="i"/>, or 0.</summary>
    public static int EmojiLengthAt(string text, int i)
    {
        if (!IsPictograph(text, i, out int len))
        {
            return 0;
        }

        int end = i + len;

        // Swallow variation selectors, skin tones and zero-width-joined parts: "👍🏽", "👩‍💻" are one emoji.
        while (end < text.Length)
        {
            char c = text[end];
            if (c is '\uFE0F' or '\uFE0E')
            {
                end++;
            }
            else if (c == '\u200D' && end + 1 < text.Length && IsPictograph(text, end + 1, out int joined))
            {
                end += 1 + joined;
            }
            else if (char.IsHighSurrogate(c) && end + 1 < text.Length && char.ConvertToUtf32(c, text[end + 1]) is >= 0x1F3FB and <= 0x1F3FF)
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end - i;
    }

    private static bool IsPictograph(string text, int i, out int len)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            int cp = char.ConvertToUtf32(c, text[i + 1]);
            len = 2;
            return cp is (>= 0x1F000 and <= 0x1FAFF);
        }

        len = 1;
        return c is (>= '\u2600' and <= '\u27BF') or '\u2B50' or '\u2B55' or '\u2764' or '\u2705' or '\u231A' or '\u231B' or '\u23F0' or '\u2728';
    }

    private static int EmoticonLengthAt(string text, int i)
    {
        foreach (string e in Emoticons)
        {
            if (string.CompareOrdinal(text, i, e, 0, e.Length) == 0)
            {
                int end = i + e.Length;

                // ":D" inside "http://D..." or "x:Dy" is not an emoticon.
                bool leftOk = i == 0 || char.IsWhiteSpace(text[i - 1]);
                bool rightOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
                return leftOk && rightOk ? e.Length : 0;
            }
        }

        return 0;
    }
}
