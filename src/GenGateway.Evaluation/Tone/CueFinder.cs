using GenGateway.Evaluation.Text;

namespace GenGateway.Evaluation.Tone;

/// <summary>Finds tone cues in a text: words and phrases from <see cref="ToneLexicon"/> plus sentence-shape features.</summary>
internal static class CueFinder
{
    /// <summary>All cues in <paramref name="text"/>, in text order per rule.</summary>
    public static List<ToneCue> Find(string text)
    {
        var cues = new List<ToneCue>();
        List<Token> tokens = Tokenizer.Tokenize(text);
        int sentenceStart = 0;
        for (int i = 0; i <= tokens.Count; i++)
        {
            if (i == tokens.Count)
            {
                AddSentenceCues(text, tokens, sentenceStart, i, cues);
            }
            else if (StartsNewLine(text, tokens, i) && i > sentenceStart)
            {
                // A line break ends the sentence before this token.
                AddSentenceCues(text, tokens, sentenceStart, i, cues);
                sentenceStart = i;
            }

            if (i < tokens.Count && IsTerminator(tokens, i))
            {
                AddSentenceCues(text, tokens, sentenceStart, i + 1, cues);
                sentenceStart = i + 1;
            }
        }

        AddPhraseCues(text, tokens, cues);
        foreach ((int start, int length) in Emoji.Find(text))
        {
            cues.Add(new ToneCue(ToneCueKind.Emoji, start, length, text.Substring(start, length)));
        }

        return cues;
    }

    private static bool IsTerminator(List<Token> tokens, int i)
    {
        Token t = tokens[i];

        // "?!" and "..." end one sentence, not several.
        return t.Kind == TokenKind.Symbol && t.Lower is "." or "!" or "?"
               && (i + 1 >= tokens.Count || !(tokens[i + 1].Kind == TokenKind.Symbol && tokens[i + 1].Lower is "." or "!" or "?"));
    }

    private static bool StartsNewLine(string text, List<Token> tokens, int i) =>
        i > 0 && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n');

    private static void AddSentenceCues(string text, List<Token> tokens, int from, int to, List<ToneCue> cues)
    {
        int first = from;
        while (first < to && tokens[first].Kind != TokenKind.Word)
        {
            first++;
        }

        bool isQuestion = false;
        for (int k = from; k < to; k++)
        {
            Token t = tokens[k];
            if (t.Kind == TokenKind.Symbol)
            {
                if (t.Lower == "?")
                {
                    isQuestion = true;
                    Add(cues, ToneCueKind.Question, text, t);
                }
                else if (t.Lower == "!")
                {
                    Add(cues, ToneCueKind.Exclamation, text, t);
                }

                continue;
            }

            if (t.Kind == TokenKind.Word)
            {
                AddWordCues(text, t, k == first, cues);
            }
        }

        if (first < to && isQuestion && ToneLexicon.QuestionWords.Contains(tokens[first].Lower))
        {
            Add(cues, ToneCueKind.DirectQuestion, text, tokens[first]);
        }
    }

    private static void AddWordCues(string text, Token t, bool atStart, List<ToneCue> cues)
    {
        string w = t.Lower;
        if (atStart)
        {
            AddIf(cues, ToneLexicon.Greeting.Contains(w), ToneCueKind.Greeting, text, t);
            AddIf(cues, ToneLexicon.Deference.Contains(w), ToneCueKind.Deference, text, t);
            AddIf(cues, ToneLexicon.DirectStart.Contains(w), ToneCueKind.DirectStart, text, t);
            AddIf(cues, ToneLexicon.FirstPersonSingular.Contains(w), ToneCueKind.FirstPersonStart, text, t);
            AddIf(cues, ToneLexicon.SecondPerson.Contains(w), ToneCueKind.SecondPersonStart, text, t);
            AddIf(cues, ToneLexicon.ImperativeVerbs.Contains(w), ToneCueKind.Imperative, text, t);
            AddIf(cues, w == "please", ToneCueKind.PleaseStart, text, t);
        }
        else
        {
            AddIf(cues, w == "please", ToneCueKind.Please, text, t);
            AddIf(cues, ToneLexicon.SecondPerson.Contains(w), ToneCueKind.SecondPerson, text, t);
        }

        AddIf(cues, ToneLexicon.Gratitude.Contains(w), ToneCueKind.Gratitude, text, t);
        AddIf(cues, ToneLexicon.Apology.Contains(w), ToneCueKind.Apology, text, t);
        AddIf(cues, ToneLexicon.Hedge.Contains(w), ToneCueKind.Hedge, text, t);
        AddIf(cues, ToneLexicon.Factuality.Contains(w), ToneCueKind.Factuality, text, t);
        AddIf(cues, ToneLexicon.FirstPersonPlural.Contains(w), ToneCueKind.FirstPersonPlural, text, t);
        AddIf(cues, ToneLexicon.Positive.Contains(w), ToneCueKind.Positive, text, t);
        AddIf(cues, ToneLexicon.Negative.Contains(w), ToneCueKind.Negative, text, t);
        AddIf(cues, ToneLexicon.Insult.Contains(w), ToneCueKind.Insult, text, t);
        AddIf(cues, ToneLexicon.Slang.Contains(w), ToneCueKind.Slang, text, t);
        AddIf(cues, ToneLexicon.FormalMarkers.Contains(w), ToneCueKind.FormalMarker, text, t);
        AddIf(cues, ToneLexicon.Urgency.Contains(w), ToneCueKind.Urgency, text, t);
        AddIf(cues, ToneLexicon.Empathy.Contains(w), ToneCueKind.Empathy, text, t);
        AddIf(cues, ToneLexicon.Playful.Contains(w), ToneCueKind.Playful, text, t);
        AddIf(cues, IsContraction(w), ToneCueKind.Contraction, text, t);
        AddIf(cues, t.Length >= 3 && IsUpper(text, t), ToneCueKind.AllCaps, text, t);
    }

    private static void AddPhraseCues(string text, List<Token> tokens, List<ToneCue> cues)
    {
        foreach ((string[] words, ToneCueKind kind) in ToneLexicon.Phrases)
        {
            for (int i = 0; i + words.Length <= tokens.Count; i++)
            {
                bool match = true;
                for (int k = 0; k < words.Length && match; k++)
                {
                    match = tokens[i + k].Kind == TokenKind.Word && tokens[i + k].Lower == words[k];
                }

                if (match)
                {
                    int start = tokens[i].Start;
                    int end = tokens[i + words.Length - 1].End;
                    cues.Add(new ToneCue(kind, start, end - start, text[start..end]));
                }
            }
        }
    }

    private static bool IsContraction(string w)
    {
        int apostrophe = w.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe <= 0)
        {
            return false;
        }

        string suffix = w[apostrophe..];
        return suffix is "'t" or "'re" or "'ve" or "'ll" or "'d" or "'m" || (suffix == "'s" && ToneLexicon.IsContractions.Contains(w)) || w.EndsWith("n't", StringComparison.Ordinal);
    }

    private static bool IsUpper(string text, Token t)
    {
        for (int k = t.Start; k < t.End; k++)
        {
            if (char.IsLower(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddIf(List<ToneCue> cues, bool condition, ToneCueKind kind, string text, Token t)
    {
        if (condition)
        {
            Add(cues, kind, text, t);
        }
    }

    private static void Add(List<ToneCue> cues, ToneCueKind kind, string text, Token t) =>
        cues.Add(new ToneCue(kind, t.Start, t.Length, text.Substring(t.Start, t.Length)));
}
