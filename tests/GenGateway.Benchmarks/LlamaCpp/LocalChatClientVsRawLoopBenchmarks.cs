using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GenGateway.LlamaCpp;
using GenGateway.LlamaCpp.Chat;
using LLama;
using LLama.Common;
using LLama.Native;
using Microsoft.Extensions.AI;

namespace GenGateway.Benchmarks.LlamaCpp;

/// <summary>
/// The gateway's local <see cref="IChatClient"/> against the floor of this engine in .NET: a raw decode loop on
/// LLamaSharp's lowest-level API (<see cref="SafeLLamaContextHandle.Decode(LLamaBatch)"/> and a greedy
/// <see cref="SafeLLamaSamplerChainHandle"/>), on the same GGUF, the same prompt tokens and the same thread count.
/// "prompt" reads a 256-token prompt and samples one token; "generate" reads a 16-token prompt and generates 64.
/// Tokens/s = tokens ÷ mean; the Ratio column is gateway ÷ raw loop time (below 1.053 meets the ≥ 0.95× goal).
/// </summary>
[Config(typeof(InProcessMonitoringConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LocalChatClientVsRawLoopBenchmarks
{
    private const int GeneratedTokens = 64;
    private LlamaModel _model = null!;
    private LlamaChatClient _client = null!;
    private LLamaContext _context = null!;
    private readonly LLamaBatch _batch = new();
    private ChatMessage[] _longPrompt = null!;
    private ChatMessage[] _shortPrompt = null!;
    private int[] _longTokens = null!;
    private int[] _shortTokens = null!;

    [GlobalSetup]
    public void Setup()
    {
        string path = BenchmarkModel.EnsureWritten();
        int threads = BenchmarkModel.Threads;
        _model = LlamaModel.Load(path);
        var options = new LlamaCppOptions { ModelPath = path, ContextSize = 1024, BatchSize = 512, Threads = threads, MaxConcurrency = 1 };
        _client = new LlamaChatClient(_model, options);
        _context = _model.Weights.CreateContext(new ModelParams(path)
        {
            ContextSize = 1024, BatchSize = 512, UBatchSize = 512, Threads = threads, BatchThreads = threads,
        });

        _longPrompt = [new ChatMessage(ChatRole.User, FillTo(256))];
        _shortPrompt = [new ChatMessage(ChatRole.User, FillTo(16))];
        _longTokens = Render(_longPrompt);
        _shortTokens = Render(_shortPrompt);

        // Both sides must do the same work, or the ratio means nothing.
        ChatResponse check = _client.GetResponseAsync(_shortPrompt, Options(GeneratedTokens)).GetAwaiter().GetResult();
        if (check.Usage?.InputTokenCount != _shortTokens.Length || check.Usage.OutputTokenCount != GeneratedTokens || RawGenerate() != GeneratedTokens)
        {
            throw new InvalidOperationException("The chat client and the raw loop do not process the same tokens.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _context.Dispose();
        _client.Dispose();
        _model.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw loop"), BenchmarkCategory("prompt 256")]
    public int RawPrompt() => RawRun(_longTokens, 1);

    [Benchmark(Description = "gateway IChatClient"), BenchmarkCategory("prompt 256")]
    public Task<ChatResponse> ChatClientPrompt() => _client.GetResponseAsync(_longPrompt, Options(1));

    [Benchmark(Baseline = true, Description = "raw loop"), BenchmarkCategory("generate 64")]
    public int RawGenerate() => RawRun(_shortTokens, GeneratedTokens);

    [Benchmark(Description = "gateway IChatClient"), BenchmarkCategory("generate 64")]
    public Task<ChatResponse> ChatClientGenerate() => _client.GetResponseAsync(_shortPrompt, Options(GeneratedTokens));

    private static ChatOptions Options(int maxTokens) => new() { Temperature = 0, MaxOutputTokens = maxTokens };

    /// <summary>The floor: decode the prompt in one batch, then sample and decode one token at a time.</summary>
    private int RawRun(int[] prompt, int generate)
    {
        SafeLLamaContextHandle context = _context.NativeHandle;
        context.MemoryClear(true);
        using SafeLLamaSamplerChainHandle sampler = SafeLLamaSamplerChainHandle.Create(LLamaSamplerChainParams.Default());
        sampler.AddGreedySampler();
        _batch.Clear();
        for (int i = 0; i < prompt.Length; i++)
        {
            _batch.Add(prompt[i], i, LLamaSeqId.Zero, i == prompt.Length - 1);
        }

        Check(context.Decode(_batch));
        int index = prompt.Length - 1;
        int position = prompt.Length;
        for (int n = 0; n < generate; n++)
        {
            LLamaToken token = sampler.Sample(context, index);
            if (n == generate - 1)
            {
                break;
            }

            _batch.Clear();
            _batch.Add(token, position++, LLamaSeqId.Zero, true);
            Check(context.Decode(_batch));
            index = 0;
        }

        return generate;
    }

    private int[] Render(ChatMessage[] messages) =>
        _model.Tokenize(_model.ApplyChatTemplate(messages.Select(m => (m.Role.Value, m.Text)).ToList()), addSpecial: true, parseSpecial: true);

    private string FillTo(int tokens)
    {
        string text = "";
        while (Render([new ChatMessage(ChatRole.User, text + " sale")]).Length <= tokens)
        {
            text += " sale";
        }

        return text.TrimStart();
    }

    private static void Check(DecodeResult result)
    {
        if (result != DecodeResult.Ok)
        {
            throw new InvalidOperationException($"llama_decode returned {result}.");
        }
    }
}
