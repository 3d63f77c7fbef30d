using GenGateway.LlamaCpp.Gguf;

namespace GenGateway.Benchmarks.LlamaCpp;

/// <summary>
/// The ~100M-parameter random-weight llama GGUF every local-model benchmark runs on (n_embd 768, 14 blocks, F32,
/// seed 1234, synthetic vocabulary): large enough that matrix work, not per-call overhead, dominates. Written once to
/// <c>$TMPDIR/gengateway-llama-bench</c> and reused.
/// </summary>
internal static class BenchmarkModel
{
    public static readonly RandomLlamaModelSpec Spec = new()
    {
        EmbeddingLength = 768, BlockCount = 14, HeadCount = 12, HeadCountKv = 12, FeedForwardLength = 2048, Seed = 1234,
    };

    /// <summary>Threads per context: <c>GENGATEWAY_BENCH_THREADS</c>, default 2 (the CI machines' cores).</summary>
    public static int Threads =>
        int.TryParse(Environment.GetEnvironmentVariable("GENGATEWAY_BENCH_THREADS"), out int threads) && threads > 0 ? threads : 2;

    public static string EnsureWritten()
    {
        string directory = Path.Combine(Path.GetTempPath(), "gengateway-llama-bench");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, $"random-llama-{Spec.EmbeddingLength}x{Spec.BlockCount}-seed{Spec.Seed}.gguf");
        if (!File.Exists(path))
        {
            string partial = path + ".partial";
            RandomLlamaModelWriter.Write(partial, Spec);
            File.Move(partial, path, overwrite: true);
        }

        return path;
    }
}
