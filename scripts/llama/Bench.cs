// C# side of scripts/llama/bench.sh (a .NET 10 file-based app): writes the benchmark GGUF if missing, tokenizes the
// prompt (saving the ids for the node-llama-cpp side so both evaluate identical tokens), then times greedy generation
// through GenGateway.LlamaCpp and prints one JSON line per run.
//   dotnet run scripts/llama/Bench.cs -- <model.gguf> <vocab.gguf> <prompt-tokens.json> <prompt tokens> <gen tokens> <threads> <context> <runs>
#:project ../../src/GenGateway.LlamaCpp/GenGateway.LlamaCpp.csproj
#:property PublishAot=false
#:property Optimize=true

using System.Globalization;
using System.Text.Json;
using GenGateway.LlamaCpp;
using GenGateway.LlamaCpp.Gguf;
using GenGateway.LlamaCpp.Inference;
using GenGateway.LlamaCpp.Sampling;

string modelPath = args[0];
string vocabPath = args[1];
string tokensPath = args[2];
int promptTokens = int.Parse(args[3], CultureInfo.InvariantCulture);
int generate = int.Parse(args[4], CultureInfo.InvariantCulture);
int threads = int.Parse(args[5], CultureInfo.InvariantCulture);
int contextSize = int.Parse(args[6], CultureInfo.InvariantCulture);
int runs = int.Parse(args[7], CultureInfo.InvariantCulture);

if (!File.Exists(modelPath))
{
    // Big enough that matrix work, not per-call overhead alone, dominates: ~43M parameters in F32.
    RandomLlamaModelWriter.Write(modelPath, vocabPath, new RandomLlamaModelSpec
    {
        EmbeddingLength = 512, BlockCount = 8, HeadCount = 8, HeadCountKv = 8, FeedForwardLength = 1536, Seed = 1234,
    });
}

using LlamaModel model = LlamaModel.Load(modelPath);
string text = string.Join(' ', Enumerable.Repeat("The winter sale ends on Sunday, with twenty percent off every coat in the store.", 64));
int[] prompt = model.Tokenize(text, addSpecial: true)[..promptTokens];
File.WriteAllText(tokensPath, JsonSerializer.Serialize(prompt));

using var pool = new LlamaContextPool(model, new LlamaContextSettings(contextSize, 512, threads, Embeddings: false), maxConcurrency: 1);
var settings = new LlamaSamplingSettings { Temperature = 0, MaxTokens = generate };
// One unreported run first: JIT tier-up and llama.cpp's first-use work would otherwise land in the first figures.
await pool.GenerateAsync(prompt, settings);
for (int run = 0; run < runs; run++)
{
    // CPU time as well as wall time: on a shared machine the wall clock also counts time spent descheduled, while
    // tokens per CPU-second (one thread) compares the work each binding does.
    TimeSpan cpuStart = Environment.CpuUsage.TotalTime;
    TimeSpan? cpuFirst = null;
    LlamaGenerationResult result = await pool.GenerateAsync(prompt, settings, _ => cpuFirst ??= Environment.CpuUsage.TotalTime);
    TimeSpan cpuEnd = Environment.CpuUsage.TotalTime;
    TimeSpan promptCpu = (cpuFirst ?? cpuEnd) - cpuStart;
    TimeSpan genCpu = cpuEnd - (cpuFirst ?? cpuEnd);
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        binding = "GenGateway.LlamaCpp",
        promptTokens = result.PromptTokens,
        outputTokens = result.OutputTokens,
        promptTps = result.PromptTokensPerSecond,
        genTps = result.GenerationTokensPerSecond,
        promptCpuTps = result.PromptTokens / promptCpu.TotalSeconds,
        genCpuTps = (result.OutputTokens - 1) / genCpu.TotalSeconds,
    }));
}
