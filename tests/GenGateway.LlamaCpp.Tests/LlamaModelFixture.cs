using GenGateway.LlamaCpp.Gguf;
using GenGateway.LlamaCpp.Runtime;

namespace GenGateway.LlamaCpp;

/// <summary>
/// Loads llama.cpp from LLamaSharp.Backend.Cpu (restored by NuGet; nothing is downloaded at run time) and writes the
/// tiny random-weight models the end-to-end tests run on. Shared by every test in <see cref="LlamaCollection"/>.
/// </summary>
public sealed class LlamaModelFixture : IDisposable
{
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("gengateway-llama-tests-").FullName;

    public LlamaModelFixture()
    {
        Variant = LlamaNativeRuntime.EnsureLoaded();
        ChatModelPath = Path.Combine(_workDirectory, "tiny-chat.gguf");
        EmbeddingModelPath = Path.Combine(_workDirectory, "tiny-embed.gguf");
        RandomLlamaModelWriter.Write(ChatModelPath, new RandomLlamaModelSpec());
        RandomLlamaModelWriter.Write(EmbeddingModelPath, new RandomLlamaModelSpec { Seed = 7, PoolingType = 1, ChatTemplate = null });
    }

    /// <summary>The native variant LLamaSharp loaded (for instance <c>linux-x64 avx2</c>).</summary>
    public string Variant { get; }

    /// <summary>Tiny llama chat model with the synthetic vocabulary and a ChatML template (seed 42).</summary>
    public string ChatModelPath { get; }

    /// <summary>Tiny llama model whose metadata asks for mean pooling.</summary>
    public string EmbeddingModelPath { get; }

    public string WorkDirectory => _workDirectory;

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);
}
