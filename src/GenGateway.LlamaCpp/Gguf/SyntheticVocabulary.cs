using System.Globalization;

namespace GenGateway.LlamaCpp.Gguf;

/// <summary>
/// A small SentencePiece-style (<c>tokenizer.ggml.model = llama</c>) vocabulary built in code, so the random-weight
/// test and benchmark models need no tokenizer file from anywhere: control tokens (<c>&lt;unk&gt;</c>, <c>&lt;s&gt;</c>,
/// <c>&lt;/s&gt;</c> and ChatML's <c>&lt;|im_start|&gt;</c>/<c>&lt;|im_end|&gt;</c>), the 256 byte-fallback tokens
/// (so any UTF-8 text tokenizes and round-trips), the printable ASCII characters, and common English words with every
/// prefix (SentencePiece merges adjacent pieces only when the merged piece is in the vocabulary, so each prefix is a
/// merge step towards the whole word).
/// </summary>
public static class SyntheticVocabulary
{
    /// <summary>Id of <c>&lt;unk&gt;</c>.</summary>
    public const int Unknown = 0;

    /// <summary>Id of <c>&lt;s&gt;</c>, added before every tokenized text.</summary>
    public const int BeginOfSequence = 1;

    /// <summary>Id of <c>&lt;/s&gt;</c>.</summary>
    public const int EndOfSequence = 2;

    /// <summary>Id of <c>&lt;|im_start|&gt;</c>.</summary>
    public const int ImStart = 3;

    /// <summary>Id of <c>&lt;|im_end|&gt;</c> (llama.cpp treats it as end of turn).</summary>
    public const int ImEnd = 4;

    /// <summary>SentencePiece's word-boundary marker, which stands for a space.</summary>
    public const string WordBoundary = "\u2581";

    private const int TokenTypeNormal = 1;
    private const int TokenTypeUnknown = 2;
    private const int TokenTypeControl = 3;
    private const int TokenTypeByte = 6;

    private static readonly string[] Words =
    [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "up", "off", "is", "are",
        "be", "it", "this", "that", "you", "your", "we", "our", "us", "my", "me", "i", "can", "will", "do", "not", "all",
        "new", "now", "get", "more", "save", "sale", "winter", "summer", "coat", "coats", "offer", "ends", "sunday",
        "today", "free", "shipping", "order", "shop", "deal", "deals", "off", "percent", "every", "store", "last",
        "chance", "thanks", "thank", "hi", "hello", "yes", "no", "sure", "call", "move", "thursday", "friday", "monday",
        "meeting", "time", "see", "soon", "great", "good", "works", "sounds", "please", "let", "know", "if", "one",
        "two", "three", "subject", "line", "lines", "reply", "replies", "user", "assistant", "system", "json", "array",
        "write", "short", "friendly", "tone", "brief", "campaign", "product", "audience", "returning", "customers",
        "facts", "avoid", "cheap", "checkout", "complete", "purchase", "button", "copy", "email", "message",
    ];

    /// <summary>The <c>tokenizer.*</c> metadata of the vocabulary, ready for <see cref="GgufFile.Write"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, GgufValue>> Metadata()
    {
        var pieces = new List<(string Text, float Score, int Type)>
        {
            ("<unk>", 0f, TokenTypeUnknown),
            ("<s>", 0f, TokenTypeControl),
            ("</s>", 0f, TokenTypeControl),
            ("<|im_start|>", 0f, TokenTypeControl),
            ("<|im_end|>", 0f, TokenTypeControl),
        };
        for (int b = 0; b < 256; b++)
        {
            pieces.Add((string.Create(CultureInfo.InvariantCulture, $"<0x{b:X2}>"), 0f, TokenTypeByte));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddPiece(string text, float score)
        {
            if (seen.Add(text))
            {
                pieces.Add((text, score, TokenTypeNormal));
            }
        }

        AddPiece(WordBoundary, -1f);
        for (char c = '!'; c <= '~'; c++)
        {
            AddPiece(c.ToString(), -2f);
        }

        foreach (string word in Words)
        {
            // Longer pieces score higher, so the merge towards the whole word always wins over stopping early.
            string whole = WordBoundary + word;
            for (int length = 2; length <= whole.Length; length++)
            {
                AddPiece(whole[..length], -10f + length);
            }
        }

        return
        [
            new("tokenizer.ggml.model", GgufValue.Of("llama")),
            new("tokenizer.ggml.tokens", new GgufValue(GgufValueType.Array, pieces.Select(p => p.Text).ToArray(), GgufValueType.String)),
            new("tokenizer.ggml.scores", new GgufValue(GgufValueType.Array, pieces.Select(p => p.Score).ToArray(), GgufValueType.Float32)),
            new("tokenizer.ggml.token_type", new GgufValue(GgufValueType.Array, pieces.Select(p => p.Type).ToArray(), GgufValueType.Int32)),
            new("tokenizer.ggml.unknown_token_id", GgufValue.Of((uint)Unknown)),
            new("tokenizer.ggml.bos_token_id", GgufValue.Of((uint)BeginOfSequence)),
            new("tokenizer.ggml.eos_token_id", GgufValue.Of((uint)EndOfSequence)),
            new("tokenizer.ggml.add_bos_token", GgufValue.Of(true)),
            new("tokenizer.ggml.add_eos_token", GgufValue.Of(false)),
        ];
    }
}
