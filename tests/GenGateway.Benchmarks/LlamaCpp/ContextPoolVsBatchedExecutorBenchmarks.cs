using BenchmarkDotNet.Attributes;
using GenGateway.LlamaCpp;
using GenGateway.LlamaCpp.Inference;
using GenGateway.LlamaCpp.Sampling;
using LLama.Batched;
using LLama.Common;
using LLama.Native;

namespace GenGateway.Benchmarks.LlamaCpp;

/// <summary>
/// How to serve concurrent requests on one model: the gateway's pool of contexts (one context and one decode per
/// request and token) against LLamaSharp's <see cref="BatchedExecutor"/> (one context; every step decodes one token of
/// every request in a single batch). Each request reads the same 16-token prompt and generates 32 tokens greedily;
/// throughput = concurrency × 32 ÷ mean.
/// </summary>
[Config(typeof(InProcessMonitoringConfig))]
public class ContextPoolVsBatchedExecutorBenchmarks
{
    private const int GeneratedTokens = 32;
    private LlamaModel _model = null!;
    private LlamaContextPool _pool = null!;
    private BatchedExecutor _executor = null!;
    private int[] _prompt = null!;

    [Params(1, 2, 4)]
    public int Concurrency { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string path = BenchmarkModel.EnsureWritten();
        int threads = BenchmarkModel.Threads;
        _model = LlamaModel.Load(path);
        _prompt = _model.Tokenize(string.Join(' ', Enumerable.Repeat("sale", 15)));
        _pool = new LlamaContextPool(_model, new LlamaContextSettings(256, 256, threads, Embeddings: false), Concurrency, Timeout.InfiniteTimeSpan);
        // The pool runs one context (with its own threads) per request; the executor's one context gets as many threads,
        // up to the machine's cores, so neither side wins by using more of the CPU.
        int executorThreads = Math.Min(threads * Concurrency, Environment.ProcessorCount);
        _executor = new BatchedExecutor(_model.Weights, new ModelParams(path)
        {
            ContextSize = (uint)(256 * Concurrency), BatchSize = 256, UBatchSize = 256, Threads = executorThreads, BatchThreads = executorThreads,
            SeqMax = (uint)Concurrency,
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _executor.Dispose();
        _pool.Dispose();
        _model.Dispose();
    }

    [Benchmark(Baseline = true, Description = "context pool")]
    public async Task<int> ContextPool()
    {
        var settings = new LlamaSamplingSettings { Temperature = 0, MaxTokens = GeneratedTokens };
        LlamaGenerationResult[] results = await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => _pool.GenerateAsync(_prompt, settings)));
        return results.Sum(r => r.OutputTokens);
    }

    [Benchmark(Description = "BatchedExecutor")]
    public async Task<int> Batched()
    {
        var conversations = new Conversation[Concurrency];
        var samplers = new SafeLLamaSamplerChainHandle[Concurrency];
        LLamaToken[] prompt = _prompt.Select(t => (LLamaToken)t).ToArray();
        for (int i = 0; i < Concurrency; i++)
        {
            conversations[i] = _executor.Create();
            conversations[i].Prompt(prompt);
            samplers[i] = SafeLLamaSamplerChainHandle.Create(LLamaSamplerChainParams.Default());
            samplers[i].AddGreedySampler();
        }

        int generated = 0;
        try
        {
            for (int step = 0; step < GeneratedTokens; step++)
            {
                DecodeResult result = await _executor.Infer();
                if (result != DecodeResult.Ok)
                {
                    throw new InvalidOperationException($"BatchedExecutor.Infer returned {result}.");
                }

                for (int i = 0; i < Concurrency; i++)
                {
                    LLamaToken token = conversations[i].Sample(samplers[i]);
                    generated++;
                    if (step < GeneratedTokens - 1)
                    {
                        conversations[i].Prompt(token);
                    }
                }
            }
        }
        finally
        {
            for (int i = 0; i < Concurrency; i++)
            {
                samplers[i].Dispose();
                conversations[i].Dispose();
            }
        }

        return generated;
    }
}
