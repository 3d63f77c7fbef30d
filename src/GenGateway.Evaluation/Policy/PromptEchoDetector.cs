using System.Runtime.CompilerServices;
using GenGateway.Evaluation.Grounding;
using GenGateway.Evaluation.Text;

namespace GenGateway.Evaluation.Policy;

/// <summary>
/// Finds candidates that repeat the instructions they were given (a run of <see cref="RunLength"/> words from the
/// prompt that is not also in the grounding or in the user's own style examples) or talk about being a model following
/// instructions.
/// </summary>
internal static class PromptEchoDetector
{
    /// <summary>Words in a row shared with the prompt that count as an echo.</summary>
    public const int RunLength = 6;

    private static readonly string[] MetaPhrases =
    [
        "system prompt", "as an ai", "language model", "previous instructions", "my instructions", "these instructions",
        "the instructions", "json array", "i cannot comply", "i can't comply", "as instructed", "ignore all",
    ];

    // Keyed by instance: the prompt of one request, the grounding index's joined text and the style examples are
    // shared by all its candidates.
    private static readonly ConditionalWeakTable<string, HashSet<long>> Runs = [];

    private static readonly ConditionalWeakTable<IReadOnlyList<string>, HashSet<long>> ExampleRuns = [];

    /// <summary>The first echo in <paramref name="text"/> as (start, length), or null.</summary>
    public static (int Start, int Length)? Find(string text, string? prompt, GroundingIndex grounding, IReadOnlyList<string> examples)
    {
        foreach (string phrase in MetaPhrases)
        {
            foreach ((int start, int length) in PhraseMatcher.FindAll(text, phrase))
            {
                if (!grounding.LowerText.Contains(phrase, StringComparison.Ordinal))
                {
                    return (start, length);
                }
            }
        }

        if (string.IsNullOrEmpty(prompt))
        {
            return null;
        }

        HashSet<long> promptRuns = Runs.GetValue(prompt, static p => RunsOf(p));
        List<(int Start, int End, long Hash)> words = Words(text);
        if (words.Count < RunLength)
        {
            return null;
        }

        // The brief is part of the prompt, so a run the grounding also holds is the candidate using the brief, not an echo.
        HashSet<long> groundingRuns = Runs.GetValue(grounding.LowerText, static g => RunsOf(g));

        // Each example on its own: a run across the seam between two examples is no one's wording.
        HashSet<long> exampleRuns = ExampleRuns.GetValue(examples, static e => [.. e.SelectMany(RunsOf)]);
        for (int i = 0; i + RunLength <= words.Count; i++)
        {
            long hash = RunHash(words, i);
            if (promptRuns.Contains(hash) && !groundingRuns.Contains(hash) && !exampleRuns.Contains(hash))
            {
                return (words[i].Start, words[i + RunLength - 1].End - words[i].Start);
            }
        }

        return null;
    }

    private static HashSet<long> RunsOf(string text)
    {
        List<(int Start, int End, long Hash)> words = Words(text);
        var runs = new HashSet<long>(Math.Max(0, words.Count - RunLength + 1));
        for (int i = 0; i + RunLength <= words.Count; i++)
        {
            runs.Add(RunHash(words, i));
        }

        return runs;
    }

    // Words as case-folded hashes with their spans, without a string per word: the prompt of every request is scanned
    // once, and a full tokenizer (number folding, a lower-cased copy of each word) made this the evaluators' hot spot.
    private static List<(int Start, int End, long Hash)> Words(string text)
    {
        var words = new List<(int Start, int End, long Hash)>(text.Length / 5);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            ulong hash = 14695981039346656037;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                char c = text[i] == '’' ? '\'' : char.ToLowerInvariant(text[i]);
                hash = (hash ^ c) * 1099511628211;
                i++;
            }

            words.Add((start, i, (long)hash));
        }

        return words;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or ',';

    private static long RunHash(List<(int Start, int End, long Hash)> words, int i)
    {
        long h = 17;
        for (int k = i; k < i + RunLength; k++)
        {
            h = (h * 1_000_003) + words[k].Hash;
        }

        return h;
    }
}
