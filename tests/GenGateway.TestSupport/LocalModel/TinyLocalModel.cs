using GenGateway.LlamaCpp.Gguf;

namespace GenGateway.TestSupport.LocalModel;

/// <summary>
/// The local provider's test model: a tiny random-weight llama GGUF with a fixed seed, written once per test process
/// (llama.cpp itself comes from the LLamaSharp.Backend.Cpu package; nothing is downloaded).
/// </summary>
public static class TinyLocalModel
{
    private static readonly Lazy<Task<string>> Path = new(() => Task.Run(() => Create("tiny-chat", new RandomLlamaModelSpec())));

    // About 11M parameters: at one thread a subject-line answer takes long enough (hundreds of tokens at a few ms each)
    // for a caller to hang up in the middle of it.
    private static readonly Lazy<Task<string>> SlowPath = new(() => Task.Run(() => Create(
        "slow-chat", new RandomLlamaModelSpec { EmbeddingLength = 384, BlockCount = 6, HeadCount = 6, HeadCountKv = 6, FeedForwardLength = 1024 })));

    /// <summary>The GGUF file.</summary>
    public static Task<string> GetPathAsync() => Path.Value;

    /// <summary>A larger GGUF whose answers take seconds rather than milliseconds.</summary>
    public static Task<string> GetSlowPathAsync() => SlowPath.Value;

    /// <summary>
    /// Settings that turn the local provider on with small, fast contexts. Random weights write no grounded or
    /// on-tone text, so the evaluators' thresholds are lowered to let its candidates through, and the request deadline
    /// is the longest allowed: these tests are about the provider, not the guardrail or the deadline.
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

        // CPU generation on a machine shared with other jobs takes as long as it takes (12.8 s for one request at
        // load 49 on 2 cores, against the 20 s default); these tests are about the provider, not the request deadline.
        ["GenGateway:RequestTimeoutSeconds"] = "600",
    };

    private static string Create(string name, RandomLlamaModelSpec spec)
    {
        string directory = Directory.CreateTempSubdirectory("gengateway-tiny-model").FullName;
        string model = System.IO.Path.Combine(directory, name + ".gguf");
        RandomLlamaModelWriter.Write(model, spec);
        return model;
    }
}
