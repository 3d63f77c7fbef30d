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
        List<Token> words = Words(text);
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
                int start = words[i].Start;
                return (start, words[i + RunLength - 1].End - start);
            }
        }

        return null;
    }

    private static HashSet<long> RunsOf(string text)
    {
        List<Token> words = Words(text);
        var runs = new HashSet<long>();
        for (int i = 0; i + RunLength <= words.Count; i++)
        {
            runs.Add(RunHash(words, i));
        }

        return runs;
    }

    private static List<Token> Words(string text)
    {
        var words = new List<Token>();
        foreach (Token t in Tokenizer.Tokenize(text))
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number)
            {
                words.Add(t);
            }
        }

        return words;
    }

    private static long RunHash(List<Token> words, int i)
    {
        long h = 17;
        for (int k = i; k < i + RunLength; k++)
        {
            h = (h * 1_000_003) + string.GetHashCode(words[k].Lower, StringComparison.Ordinal);
        }

        return h;
    }
}
