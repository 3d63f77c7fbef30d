using System.Collections.Frozen;

namespace GenGateway.Evaluation.Text;

/// <summary>Reads spelled-out English numbers ("twenty five", "one hundred", "a dozen") as values.</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["dozen"] = 12,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int> Scales = new Dictionary<string, int>
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000,
    }.ToFrozenDictionary();

    /// <summary>True when <paramref name="word"/> can be part of a spelled-out number.</summary>
    public static bool IsNumberWord(string word)
    {
        if (Units.ContainsKey(word) || Tens.ContainsKey(word) || Scales.ContainsKey(word))
        {
            return true;
        }

        // "twenty-five" arrives as one word token.
        int dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Tens.ContainsKey(word[..dash]) && Units.ContainsKey(word[(dash + 1)..]);
    }

    /// <summary>Adds one number word to a running (total, current) pair, the usual way to read "two hundred forty".</summary>
    public static void Accumulate(string word, ref long total, ref long current)
    {
        int dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            current += Tens[word[..dash]] + Units[word[(dash + 1)..]];
        }
        else if (Units.TryGetValue(word, out int unit))
        {
            current += unit;
        }
        else if (Tens.TryGetValue(word, out int ten))
        {
            current += ten;
        }
        else if (Scales.TryGetValue(word, out int scale))
        {
            if (scale == 100)
            {
                current = Math.Max(current, 1) * 100;
            }
            else
            {
                total += Math.Max(current, 1) * scale;
                current = 0;
            }
        }
    }
}
