namespace GenGateway.LlamaCpp;

/// <summary>A bad model is a clear exception, never a crash.</summary>
[Collection(LlamaCollection.Name)]
public sealed class LlamaModelLoadTests(LlamaModelFixture fixture)
{
    [Fact]
    public void Missing_file_names_the_path()
    {
        string path = Path.Combine(fixture.WorkDirectory, "nope.gguf");

        LlamaModelLoadException error = Assert.Throws<LlamaModelLoadException>(() => LlamaModel.Load(path));

        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.ModelPath);
    }

    [Fact]
    public void A_file_that_is_not_gguf_is_rejected_before_llama_cpp_sees_it()
    {
        string path = Path.Combine(fixture.WorkDirectory, "not-a-model.gguf");
        File.WriteAllText(path, "this is a text file, not weights");

        LlamaModelLoadException error = Assert.Throws<LlamaModelLoadException>(() => LlamaModel.Load(path));

        Assert.Contains("not a GGUF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_gguf_is_a_load_error_with_llama_cpp_reason()
    {
        string path = Path.Combine(fixture.WorkDirectory, "truncated.gguf");
        byte[] whole = File.ReadAllBytes(fixture.ChatModelPath);
        File.WriteAllBytes(path, whole[..(whole.Length / 2)]);

        LlamaModelLoadException error = Assert.Throws<LlamaModelLoadException>(() => LlamaModel.Load(path));

        Assert.Contains("could not load", error.Message, StringComparison.Ordinal);
        Assert.Contains("llama.cpp said:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vocabulary_only_model_cannot_serve_chat()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath, vocabOnly: true);

        Assert.Throws<ArgumentException>(() => new Chat.LlamaChatClient(model, new LlamaCppOptions()));
    }

    [Fact]
    public void Model_properties_come_from_the_gguf()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath);

        Assert.Equal(((Array)Gguf.SyntheticVocabulary.Metadata().Single(p => p.Key == "tokenizer.ggml.tokens").Value.Value).Length, model.VocabularySize);
        Assert.Equal(64, model.EmbeddingLength);
        Assert.Equal(2048, model.TrainingContextLength);
        Assert.Equal("llama", model.GetMetadata("general.architecture"));
        Assert.Null(model.GetMetadata("no.such.key"));
    }
}
