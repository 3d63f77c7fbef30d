using BenchmarkDotNet.Attributes;
using GenGateway.LlamaCpp;
using GenGateway.LlamaCpp.Gguf;
using GenGateway.LlamaCpp.Inference;
using GenGateway.LlamaCpp.Sampling;

namespace GenGateway.Benchmarks.LlamaCpp;

/// <summary>
/// Per-call cost of the llama.cpp binding on a tiny random-weight model: tokenizing a prompt and a short greedy
/// generation. The throughput comparison against node-llama-cpp is scripts/llama/bench.sh.
/// </summary>
[MemoryDiagnoser]
public class LlamaCppBenchmarks
{
    private const string Prompt =
        "Write three friendly subject lines for a winter coat sale: 20% off for returning customers, ends Sunday.";

    private string _directory = null!;
    private LlamaModel _model = null!;
    private LlamaContextPool _pool = null!;
    private int[] _promptTokens = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Installs the pinned runtime (npm registry) when the cache lacks it, like the tests do.
        LlamaRuntimeInstallation runtime = new LlamaRuntimeInstaller().InstallAsync().GetAwaiter().GetResult();
        _directory = Path.Combine(Path.GetTempPath(), "gengateway-llama-bdn-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        string modelPath = Path.Combine(_directory, "tiny.gguf");
        RandomLlamaModelWriter.Write(
            modelPath, Path.Combine(runtime.VocabDirectory, "ggml-vocab-llama-spm.gguf"), new RandomLlamaModelSpec());
        _model = LlamaModel.Load(modelPath);
        _pool = new LlamaContextPool(_model, new LlamaContextSettings(512, 128, 2, Embeddings: false), maxConcurrency: 1);
        _promptTokens = _model.Tokenize(Prompt);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pool.Dispose();
        _model.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public int[] Tokenize() => _model.Tokenize(Prompt);

    [Benchmark]
    public Task<LlamaGenerationResult> GenerateEightTokens() =>
        _pool.GenerateAsync(_promptTokens, new LlamaSamplingSettings { Temperature = 0, MaxTokens = 8 });
}
