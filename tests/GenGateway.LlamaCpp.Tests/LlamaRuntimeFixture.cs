using GenGateway.LlamaCpp.Gguf;

namespace GenGateway.LlamaCpp;

/// <summary>
/// Installs the pinned llama.cpp runtime when the cache lacks it (npm registry only), loads it, and writes the tiny
/// random-weight models the end-to-end tests run on. Shared by every test in <see cref="LlamaCollection"/>.
/// </summary>
public sealed class LlamaRuntimeFixture : IAsyncLifetime
{
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "gengateway-llama-tests-" + Guid.NewGuid().ToString("N"));

    public LlamaRuntimeInstallation Installation { get; private set; } = null!;

    /// <summary>Tiny llama chat model with the llama SPM tokenizer and a ChatML template (seed 42).</summary>
    public string ChatModelPath { get; private set; } = null!;

    /// <summary>Tiny llama model whose metadata asks for mean pooling.</summary>
    public string EmbeddingModelPath { get; private set; } = null!;

    public string WorkDirectory => _workDirectory;

    public string VocabPath(string name) => Path.Combine(Installation.VocabDirectory, $"ggml-vocab-{name}.gguf");

    public async Task InitializeAsync()
    {
        // Never skip: when the runtime is missing the fixture installs it, and a failed install fails the tests.
        Installation = await new LlamaRuntimeInstaller(log: Console.Out).InstallAsync();
        LlamaRuntime.EnsureLoaded();
        Directory.CreateDirectory(_workDirectory);
        ChatModelPath = Path.Combine(_workDirectory, "tiny-chat.gguf");
        EmbeddingModelPath = Path.Combine(_workDirectory, "tiny-embed.gguf");
        RandomLlamaModelWriter.Write(ChatModelPath, VocabPath("llama-spm"), new RandomLlamaModelSpec());
        RandomLlamaModelWriter.Write(
            EmbeddingModelPath, VocabPath("llama-spm"), new RandomLlamaModelSpec { Seed = 7, PoolingType = 1, ChatTemplate = null });
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_workDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
