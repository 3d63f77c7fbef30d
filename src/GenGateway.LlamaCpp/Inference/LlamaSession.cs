using GenGateway.LlamaCpp.Runtime;
using LLama;
using LLama.Common;
using LLama.Exceptions;
using LLama.Native;

namespace GenGateway.LlamaCpp.Inference;

/// <summary>
/// One LLamaSharp context and its reusable batch: the unit a request rents from <see cref="LlamaContextPool"/>.
/// Not thread-safe; a session is used by one request at a time.
/// </summary>
internal sealed class LlamaSession : IDisposable
{
    private readonly LLamaContext _context;
    private readonly LLamaBatch _batch = new();
    private readonly int _batchCapacity;
    private bool _disposed;

    public LlamaSession(LlamaModel model, LlamaContextSettings settings)
    {
        Model = model;
        var parameters = new ModelParams(model.Path)
        {
            ContextSize = (uint)settings.ContextSize,
            Threads = settings.Threads,
            BatchThreads = settings.Threads,
            SeqMax = (uint)settings.Sequences,
        };
        if (settings.Embeddings)
        {
            // A pooled embedding needs a whole input in one micro-batch; several inputs share the context, one sequence each.
            parameters.BatchSize = (uint)settings.ContextSize;
            parameters.UBatchSize = (uint)settings.ContextSize;
            parameters.Embeddings = true;
            parameters.PoolingType = LLamaPoolingType.Unspecified;
            parameters.KVUnified = true;

            // With a sequence count that is not a power of two, this llama.cpp build (b10221) aborts the process in
            // the pooling matmul (GGML_ASSERT ggml_can_mul_mat, reproduced here with 3, 5, 6 and 7); spare sequence
            // slots cost nothing in a unified KV cache.
            parameters.SeqMax = System.Numerics.BitOperations.RoundUpToPowerOf2((uint)settings.Sequences);
        }
        else
        {
            parameters.BatchSize = (uint)settings.BatchSize;
            parameters.UBatchSize = (uint)Math.Min(settings.BatchSize, 512);
        }

        LlamaNativeRuntime.ClearRecentErrors();
        try
        {
            _context = model.Weights.CreateContext(parameters);
        }
        catch (RuntimeError ex)
        {
            throw new LlamaCppException(
                $"llama.cpp could not create a context of {settings.ContextSize} tokens for '{model.Path}' (too little memory?). {LlamaNativeRuntime.RecentErrors()}".TrimEnd(),
                ex);
        }

        ContextSize = (int)_context.ContextSize;
        _batchCapacity = (int)_context.BatchSize;
        Pooling = _context.NativeHandle.PoolingType;
    }

    public LlamaModel Model { get; }

    public int ContextSize { get; }

    public int BatchCapacity => _batchCapacity;

    public LLamaPoolingType Pooling { get; }

    public SafeLLamaContextHandle Handle => _context.NativeHandle;

    /// <summary>Index in the last batch of the token whose logits the next sample reads.</summary>
    public int LastLogitIndex { get; private set; }

    /// <summary>Forgets every token: the next request starts from an empty KV cache.</summary>
    public void Reset() => _context.NativeHandle.MemoryClear(true);

    /// <summary>
    /// Decodes <paramref name="tokens"/> of sequence 0 at positions <paramref name="startPosition"/>... in chunks of the
    /// batch size, requesting logits for the last token only. Cancellation is checked between chunks, so a long
    /// prompt stops within one chunk.
    /// </summary>
    public void Decode(ReadOnlySpan<int> tokens, int startPosition, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int offset = 0;
        while (offset < tokens.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(_batchCapacity, tokens.Length - offset);
            _batch.Clear();
            for (int i = 0; i < count; i++)
            {
                _batch.Add(tokens[offset + i], startPosition + offset + i, LLamaSeqId.Zero, offset + i == tokens.Length - 1);
            }

            Run(startPosition + offset);
            LastLogitIndex = count - 1;
            offset += count;
        }
    }

    /// <summary>Decodes one generated token of sequence 0 (the hot path of generation).</summary>
    public void DecodeOne(int token, int position)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _batch.Clear();
        _batch.Add(token, position, LLamaSeqId.Zero, true);
        Run(position);
        LastLogitIndex = 0;
    }

    /// <summary>
    /// Decodes several inputs in one batch, input <c>i</c> as sequence <c>i</c> from position 0, with output for every
    /// token (embedding contexts only). The caller keeps the total within <see cref="BatchCapacity"/>.
    /// </summary>
    public void DecodeSequences(IReadOnlyList<int[]> inputs)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _batch.Clear();
        for (int sequence = 0; sequence < inputs.Count; sequence++)
        {
            int[] tokens = inputs[sequence];
            for (int i = 0; i < tokens.Length; i++)
            {
                _batch.Add(tokens[i], i, (LLamaSeqId)sequence, true);
            }
        }

        Run(0);
    }

    private void Run(int position)
    {
        DecodeResult result = _context.NativeHandle.Decode(_batch);
        if (result != DecodeResult.Ok)
        {
            throw new LlamaCppException(
                $"llama_decode failed with {result} at position {position}. {LlamaNativeRuntime.RecentErrors()}".TrimEnd());
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _context.Dispose();
    }
}
