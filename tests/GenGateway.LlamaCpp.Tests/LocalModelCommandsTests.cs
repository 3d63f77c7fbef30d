using GenGateway.LlamaCpp.Commands;
using GenGateway.LlamaCpp.Gguf;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp;

/// <summary>The logic behind <c>gengateway local tokenize|generate</c>.</summary>
[Collection(LlamaCollection.Name)]
public sealed class LocalModelCommandsTests(LlamaModelFixture fixture)
{
    [Fact]
    public void Tokenize_prints_ids_on_one_line_separated_by_spaces()
    {
        using var output = new StringWriter();

        LocalModelCommands.Tokenize(fixture.ChatModelPath, "hello winter", output);

        // BOS, then each word as the one piece the synthetic vocabulary lists it under.
        var tokens = (string[])SyntheticVocabulary.Metadata().Single(p => p.Key == "tokenizer.ggml.tokens").Value.Value;
        int[] expected = [SyntheticVocabulary.BeginOfSequence, Array.IndexOf(tokens, "▁hello"), Array.IndexOf(tokens, "▁winter")];
        Assert.Equal(string.Join(' ', expected) + Environment.NewLine, output.ToString());
    }

    [Fact]
    public async Task Generate_streams_the_reply_and_returns_it()
    {
        using var output = new StringWriter();

        string reply = await LocalModelCommands.GenerateAsync(
            fixture.ChatModelPath,
            "Write a subject line.",
            output,
            new ChatOptions { Temperature = 0, MaxOutputTokens = 8 },
            new LlamaCppOptions { ContextSize = 256, BatchSize = 64, Threads = 2 });

        Assert.False(string.IsNullOrEmpty(reply));
        Assert.Equal(reply + Environment.NewLine, output.ToString());
    }
}
