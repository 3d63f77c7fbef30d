using System.Globalization;

namespace GenGateway.Evaluation.Text;

/// <summary>Splits text into words, numbers and symbols, folding spelled-out numbers into number tokens.</summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        var raw = new List<Token>(text.Length / 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                raw.Add(ReadNumber(text, ref i));
            }
            else if (char.IsLetter(c))
            {
                raw.Add(ReadWord(text, ref i));
            }
            else
            {
                // Surrogate pairs (most emoji) stay together as one symbol.
                int len = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                raw.Add(new Token(TokenKind.Symbol, i, len, text.Substring(i, len), 0, false));
                i += len;
            }
        }

        return FoldNumberWords(text, raw);
    }

    private static Token ReadNumber(string text, ref int i)
    {
        int start = i;
        while (i < text.Length)
        {
            char c = text[i];

            // "1,299.99": a separator counts only when a digit follows it.
            if (char.IsAsciiDigit(c) || ((c == ',' || c == '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > start))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        string s = text[start..i];
        string digits = s.Replace(",", string.Empty, StringComparison.Ordinal);
        decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value);
        return new Token(TokenKind.Number, start, i - start, s, value, false);
    }

    private static Token ReadWord(string text, ref int i)
    {
        int start = i;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetter(c)
                || ((c == '\'' || c == '’' || c == '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return new Token(TokenKind.Word, start, i - start, text[start..i].ToLowerInvariant().Replace('’', '\''), 0, false);
    }

    private static List<Token> FoldNumberWords(string text, List<Token> raw)
    {
        var tokens = new List<Token>(raw.Count);
        int k = 0;
        while (k < raw.Count)
        {
            Token t = raw[k];
            if (t.Kind != TokenKind.Word || !NumberWords.IsNumberWord(t.Lower))
            {
                tokens.Add(t);
                k++;
                continue;
            }

            long total = 0;
            long current = 0;
            int end = k;
            while (end < raw.Count && raw[end].Kind == TokenKind.Word
                   && (NumberWords.IsNumberWord(raw[end].Lower) || (raw[end].Lower == "and" && end > k && end + 1 < raw.Count && NumberWords.IsNumberWord(raw[end + 1].Lower))))
            {
                NumberWords.Accumulate(raw[end].Lower, ref total, ref current);
                end++;
            }

            Token last = raw[end - 1];
            tokens.Add(new Token(TokenKind.Number, t.Start, last.End - t.Start, text[t.Start..last.End].ToLowerInvariant(), total + current, true));
            k = end;
        }

        return tokens;
    }
}
