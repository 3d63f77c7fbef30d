using System.Text;

namespace GenGateway.LlamaCpp;

/// <summary>
/// The binding's tokenizer against llama.cpp's own expected tokens: each <c>ggml-vocab-NAME.gguf</c> in the pinned
/// source comes with <c>.inp</c> (texts separated by <c>__ggml_vocab_test__</c> lines) and <c>.out</c> (one line of
/// token ids per text), the files llama.cpp's <c>test-tokenizer-0</c> reads.
/// </summary>
[Collection(LlamaCollection.Name)]
public sealed class TokenizerTests(LlamaRuntimeFixture fixture)
{
    public static TheoryData<string> Vocabularies() =>
    [
        "llama-spm",      // SentencePiece
        "llama-bpe",      // byte-level BPE (llama 3)
        "phi-3",
        "qwen2",
        "gpt-2",
        "falcon",
        "deepseek-coder",
        "starcoder",
        "bert-bge",       // WordPiece
        "command-r",
    ];

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Tokenize_matches_llama_cpp_expected_tokens(string vocabulary)
    {
        string path = fixture.VocabPath(vocabulary);
        List<(string Text, int[] Expected)> cases = ReadCases(path);
        Assert.True(cases.Count >= 20, $"{vocabulary}: only {cases.Count} cases were read");

        using LlamaModel model = LlamaModel.Load(path, vocabOnly: true);
        Assert.True(model.VocabOnly);
        var failures = new List<string>();
        foreach ((string text, int[] expected) in cases)
        {
            // test-tokenizer-0 tokenizes with add_special = false and parse_special = false.
            int[] actual = model.Tokenize(text, addSpecial: false, parseSpecial: false);
            if (!actual.SequenceEqual(expected))
            {
                failures.Add($"'{text}': expected [{string.Join(' ', expected)}], got [{string.Join(' ', actual)}]");
            }
        }

        Assert.True(failures.Count == 0, $"{vocabulary}: {failures.Count}/{cases.Count} differ:\n{string.Join('\n', failures.Take(5))}");
    }

    [Fact]
    public void Detokenize_round_trips_plain_text()
    {
        using LlamaModel model = LlamaModel.Load(fixture.VocabPath("llama-bpe"), vocabOnly: true);
        const string text = "Winter sale: 20% off coats, ends Sunday! Äpfel 🦙";
        int[] tokens = model.Tokenize(text, addSpecial: false);
        Assert.Equal(text, model.Detokenize(tokens));
    }

    [Fact]
    public void Tokenize_adds_bos_when_the_vocabulary_asks_for_it()
    {
        using LlamaModel model = LlamaModel.Load(fixture.VocabPath("llama-spm"), vocabOnly: true);
        int[] withSpecial = model.Tokenize("Hello world", addSpecial: true);
        int[] without = model.Tokenize("Hello world", addSpecial: false);
        Assert.Equal(1, withSpecial[0]); // <s> in the llama SPM vocabulary
        Assert.Equal(without, withSpecial[1..]);
    }

    private static List<(string Text, int[] Expected)> ReadCases(string vocabPath)
    {
        // Read as bytes → UTF-8 exactly like the C++ test; a StreamReader would also strip a BOM or normalise nothing else.
        string raw = Encoding.UTF8.GetString(File.ReadAllBytes(vocabPath + ".inp"));
        string[] outputs = Encoding.UTF8.GetString(File.ReadAllBytes(vocabPath + ".out")).Split('\n');
        if (outputs.Length > 0 && outputs[^1].Length == 0)
        {
            outputs = outputs[..^1];
        }

        const string separator = "\n__ggml_vocab_test__\n";
        var inputs = new List<string>();
        int position = 0;
        while (position < raw.Length)
        {
            int next = raw.IndexOf(separator, position, StringComparison.Ordinal);
            if (next < 0)
            {
                inputs.Add(raw[position..]);
                break;
            }

            inputs.Add(raw[position..next]);
            position = next + separator.Length;
        }

        Assert.Equal(inputs.Count, outputs.Length);
        return inputs.Zip(outputs, (text, line) => (text, line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray())).ToList();
    }
}
