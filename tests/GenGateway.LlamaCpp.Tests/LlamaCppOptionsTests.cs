namespace GenGateway.LlamaCpp;

public sealed class LlamaCppOptionsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(new LlamaCppOptions().Validate());
    }

    [Fact]
    public void Every_bad_value_is_reported_by_name()
    {
        var options = new LlamaCppOptions
        {
            ModelPath = "/no/such/model.gguf",
            EmbeddingModelPath = " ",
            ContextSize = 10,
            Threads = 0,
            BatchSize = 0,
            MaxConcurrency = 0,
            DefaultMaxOutputTokens = 0,
            QueueTimeout = TimeSpan.Zero,
            EmbeddingBatchSize = 0,
        };

        IReadOnlyList<string> errors = options.Validate();

        foreach (string key in new[] { "ModelPath", "EmbeddingModelPath", "ContextSize", "Threads", "BatchSize", "MaxConcurrency", "DefaultMaxOutputTokens", "QueueTimeout", "EmbeddingBatchSize" })
        {
            Assert.Contains(errors, e => e.StartsWith(key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Batch_larger_than_context_is_rejected()
    {
        Assert.Contains(new LlamaCppOptions { ContextSize = 256, BatchSize = 512 }.Validate(), e => e.StartsWith("BatchSize", StringComparison.Ordinal));
    }
}
