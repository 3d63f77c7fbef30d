using GenGateway.LlamaCpp.Inference;
using GenGateway.LlamaCpp.Sampling;

namespace GenGateway.LlamaCpp;

/// <summary>Raw completion through the pool (no chat template), as the benchmark uses it.</summary>
[Collection(LlamaCollection.Name)]
public sealed class LlamaContextPoolTests(LlamaModelFixture fixture)
{
    [Fact]
    public async Task GenerateAsync_continues_raw_tokens_and_reports_timings()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath);
        using var pool = new LlamaContextPool(model, new LlamaContextSettings(256, 64, 2, Embeddings: false), maxConcurrency: 1, Timeout.InfiniteTimeSpan);
        int[] prompt = model.Tokenize("Subject: winter coats", addSpecial: true);
        var pieces = new List<string>();

        LlamaGenerationResult result = await pool.GenerateAsync(
            prompt, new LlamaSamplingSettings { Temperature = 0, MaxTokens = 10 }, pieces.Add);

        Assert.Equal(prompt.Length, result.PromptTokens);
        Assert.Equal(10, result.OutputTokens);
        Assert.False(result.StoppedNaturally);
        Assert.NotEmpty(pieces);
        Assert.True(result.TimeToFirstToken > TimeSpan.Zero && result.Elapsed > result.TimeToFirstToken);
        Assert.True(result.PromptTokensPerSecond > 0 && result.GenerationTokensPerSecond > 0);
        Assert.Equal(1, pool.ContextCount);
        Assert.Equal(0, pool.InUse);
    }

    [Fact]
    public async Task A_grammar_that_does_not_parse_is_a_clear_error_and_the_slot_is_freed()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath);
        using var pool = new LlamaContextPool(model, new LlamaContextSettings(256, 64, 2, Embeddings: false), maxConcurrency: 1, Timeout.InfiniteTimeSpan);

        LlamaCppException error = await Assert.ThrowsAsync<LlamaCppException>(() => pool.GenerateAsync(
            model.Tokenize("x"), new LlamaSamplingSettings { Grammar = "root ::= (", MaxTokens = 4 }));

        Assert.Contains("grammar", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, pool.InUse);
    }

    [Fact]
    public void A_vocabulary_only_model_cannot_back_a_pool()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath, vocabOnly: true);

        Assert.Throws<ArgumentException>(() => new LlamaContextPool(model, new LlamaContextSettings(256, 64, 2, false), 1, Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public async Task A_request_that_waits_longer_than_the_queue_timeout_fails_without_running()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath);
        using var pool = new LlamaContextPool(model, new LlamaContextSettings(256, 64, 1, Embeddings: false), 1, TimeSpan.FromMilliseconds(50));
        using (await pool.RentAsync(CancellationToken.None))
        {
            LlamaQueueTimeoutException error = await Assert.ThrowsAsync<LlamaQueueTimeoutException>(
                () => pool.GenerateAsync(model.Tokenize("x"), new LlamaSamplingSettings { MaxTokens = 2 }));

            Assert.Contains("LlamaCpp:QueueTimeout", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, pool.InUse);
        }

        Assert.Equal(0, pool.InUse);
    }

    [Fact]
    public async Task Up_to_max_concurrency_requests_run_at_once_each_on_its_own_context()
    {
        using LlamaModel model = LlamaModel.Load(fixture.ChatModelPath);
        using var pool = new LlamaContextPool(model, new LlamaContextSettings(256, 64, 1, Embeddings: false), 2, Timeout.InfiniteTimeSpan);
        var settings = new LlamaSamplingSettings { Temperature = 0, MaxTokens = 6 };
        int[] prompt = model.Tokenize("winter sale");

        LlamaGenerationResult[] results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => pool.GenerateAsync(prompt, settings)));

        Assert.All(results, r => Assert.Equal(6, r.OutputTokens));
        Assert.InRange(pool.ContextCount, 1, 2);
        Assert.Equal(0, pool.InUse);
    }
}
