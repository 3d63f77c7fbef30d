using System.Text;
using GenGateway.LlamaCpp.Gguf;

namespace GenGateway.LlamaCpp;

/// <summary>
/// llama.cpp's SentencePiece tokenizer (through LLamaSharp) on the synthetic vocabulary: whole words become the ids
/// the vocabulary lists them under, anything else falls back to byte tokens and still round-trips.
/// </summary>
[Collection(LlamaCollection.Name)]
public sealed class TokenizerTests(LlamaModelFixture fixture)
{
    [Fact]
    public void Known_words_tokenize_to_their_vocabulary_ids_after_bos()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath, vocabOnly: true);

        int[] tokens = model.Tokenize("winter sale ends sunday", addSpecial: true);

        Assert.Equal(
            [SyntheticVocabulary.BeginOfSequence, Id("▁winter"), Id("▁sale"), Id("▁ends"), Id("▁sunday")],
            tokens);
    }

    [Fact]
    public void Text_outside_the_vocabulary_falls_back_to_bytes_and_round_trips()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath, vocabOnly: true);
        const string text = "Winter sale: 20% off coats, ends Sunday! Äpfel 🦙";

        int[] tokens = model.Tokenize(text, addSpecial: false);

        Assert.Contains(Id("<0xF0>"), tokens); // the first byte of the llama emoji
        // SentencePiece marks the start of the text as a word boundary, which renders as one leading space.
        Assert.Equal(" " + text, Encoding.UTF8.GetString(tokens.SelectMany(t => model.TokenToBytes(t)).ToArray()));
    }

    [Fact]
    public void Chat_markers_are_single_control_tokens_only_when_special_text_is_parsed()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath, vocabOnly: true);

        Assert.Equal([SyntheticVocabulary.ImStart], model.Tokenize("<|im_start|>", addSpecial: false, parseSpecial: true));
        Assert.True(model.Tokenize("<|im_start|>", addSpecial: false, parseSpecial: false).Length > 1);
        Assert.True(model.IsEndOfGeneration(SyntheticVocabulary.ImEnd));
        Assert.True(model.IsEndOfGeneration(SyntheticVocabulary.EndOfSequence));
        Assert.False(model.IsEndOfGeneration(Id("▁winter")));
    }

    private static int Id(string piece)
    {
        var tokens = (string[])SyntheticVocabulary.Metadata().Single(p => p.Key == "tokenizer.ggml.tokens").Value.Value;
        return Array.IndexOf(tokens, piece);
    }
}
