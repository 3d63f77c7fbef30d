using GenGateway.LlamaCpp;
using GenGateway.LlamaCpp.Gguf;

namespace GenGateway.TestSupport.LocalModel;

/// <summary>
/// The local provider's test model: installs the pinned llama.cpp runtime when the cache lacks it (npm registry only)
/// and writes a tiny random-weight llama GGUF with a fixed seed, once per test process.
/// </summary>
public static class TinyLocalModel
{
    private static readonly Lazy<Task<string>> Path = new(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The GGUF file; never skips: a failed runtime install fails the test.</summary>
    public static Task<string> GetPathAsync() => Path.Value;

    /// <summary>
    /// Settings that turn the local provider on with small, fast contexts. Random weights write no grounded or
    /// on-tone text, so the evaluators' thresholds are lowered to let its candidates through: these tests are about
    /// the provider, not the guardrail.
    /// </summary>
    public static Dictionary<string, string?> Settings(string modelPath) => new()
    {
        ["GenGateway:Guardrail:Thresholds:Grounding"] = "0",
        ["GenGateway:Guardrail:Thresholds:Tone"] = "0",
        ["GenGateway:Guardrail:Thresholds:Policy"] = "0",
        ["GenGateway:LlamaCpp:ModelPath"] = modelPath,
        ["GenGateway:LlamaCpp:ContextSize"] = "1024",
        ["GenGateway:LlamaCpp:BatchSize"] = "256",
        ["GenGateway:LlamaCpp:Threads"] = "1",
        ["GenGateway:LlamaCpp:MaxConcurrency"] = "1",
    };

    private static async Task<string> CreateAsync()
    {
        LlamaRuntimeInstallation installation = await new LlamaRuntimeInstaller(log: Console.Out).InstallAsync();
        string directory = Directory.CreateTempSubdirectory("gengateway-tiny-model").FullName;
        string model = System.IO.Path.Combine(directory, "tiny-chat.gguf");
        RandomLlamaModelWriter.Write(
            model, System.IO.Path.Combine(installation.VocabDirectory, "ggml-vocab-llama-spm.gguf"), new RandomLlamaModelSpec());
        return model;
    }
}
