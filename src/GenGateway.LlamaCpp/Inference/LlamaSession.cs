using GenGateway.LlamaCpp.Native;

namespace GenGateway.LlamaCpp.Inference;

/// <summary>
/// One llama.cpp context and its reusable batch: the unit a request rents from <see cref="LlamaContextPool"/>.
/// Not thread-safe; a session is used by one request at a time.
/// </summary>
internal sealed unsafe class LlamaSession : IDisposable
{
    private readonly SafeLlamaContextHandle _context;
    private readonly int _batchCapacity;
    private LlamaBatch _batch;
    private bool _disposed;

    public LlamaSession(LlamaModel model, LlamaContextSettings settings)
    {
        Model = model;
        LlamaContextParams parameters = LlamaNative.ContextDefaultParams();
        parameters.NCtx = (uint)settings.ContextSize;
        parameters.NSeqMax = 1;
        parameters.NThreads = settings.Threads;
        parameters.NThreadsBatch = settings.Threads;
        parameters.NoPerf = 1;
        if (settings.Embeddings)
        {
            // A pooled embedding needs the whole input in one micro-batch.
            parameters.NBatch = (uint)settings.ContextSize;
            parameters.NUbatch = (uint)settings.ContextSize;
            parameters.Embeddings = 1;
            parameters.PoolingType = (int)LlamaPoolingType.Unspecified;
        }
        else
        {
            parameters.NBatch = (uint)settings.BatchSize;
            parameters.NUbatch = (uint)Math.Min(settings.BatchSize, 512);
        }

        LlamaLog.Clear();
        _context = SafeLlamaContextHandle.Create(model.Handle, parameters)
            ?? throw new LlamaCppException(
                $"llama.cpp could not create a context of {settings.ContextSize} tokens for '{model.Path}' (too little memory?). {LlamaLog.RecentErrors()}".TrimEnd());
        ContextSize = (int)LlamaNative.NCtx(_context);
        _batchCapacity = (int)LlamaNative.NBatch(_context);
        _batch = LlamaNative.BatchInit(_batchCapacity, 0, 1);
        Pooling = (LlamaPoolingType)LlamaNative.PoolingType(_context);
    }

    public LlamaModel Model { get; }

    public int ContextSize { get; }

    public LlamaPoolingType Pooling { get; }

    internal SafeLlamaContextHandle Context => _context;

    /// <summary>Forgets every token: the next request starts from an empty KV cache.</summary>
    public void Reset()
    {
        nint memory = LlamaNative.GetMemory(_context);
        if (memory != nint.Zero)
        {
            LlamaNative.MemoryClear(memory, true);
        }
    }

    /// <summary>
    /// Decodes <paramref name="tokens"/> at positions <paramref name="startPosition"/>... in chunks of the batch size,
    /// requesting output for the last token only (or for every token when <paramref name="outputAll"/>).
    /// Cancellation is checked between chunks, so a long prompt stops within one chunk.
    /// </summary>
    public void Decode(ReadOnlySpan<int> tokens, int startPosition, bool outputAll, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int offset = 0;
        while (offset < tokens.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(_batchCapacity, tokens.Length - offset);
            for (int i = 0; i < count; i++)
            {
                _batch.Token[i] = tokens[offset + i];
                _batch.Pos[i] = startPosition + offset + i;
                _batch.NSeqId[i] = 1;
                _batch.SeqId[i][0] = 0;
                _batch.Logits[i] = (sbyte)(outputAll || offset + i == tokens.Length - 1 ? 1 : 0);
            }

            _batch.NTokens = count;
            int result = Model.HasEncoder ? LlamaNative.Encode(_context, _batch) : LlamaNative.Decode(_context, _batch);
            if (result != 0)
            {
                throw new LlamaCppException(
                    $"llama_{(Model.HasEncoder ? "encode" : "decode")} failed with {result} at position {startPosition + offset}. {LlamaLog.RecentErrors()}".TrimEnd());
            }

            offset += count;
        }
    }

    /// <summary>Samples the next token from the logits of the last decoded token.</summary>
    public int Sample(SafeLlamaSamplerHandle sampler) => LlamaNative.SamplerSample(sampler, _context, -1);

    /// <summary>The pooled embedding of sequence 0, or the mean of the token embeddings when the model pools none.</summary>
    public float[] ReadEmbedding(int tokenCount)
    {
        int width = Model.EmbeddingLength;
        var result = new float[width];
        if (Pooling != LlamaPoolingType.None)
        {
            float* pooled = LlamaNative.GetEmbeddingsSeq(_context, 0);
            if (pooled is null)
            {
                throw new LlamaCppException($"llama.cpp returned no pooled embedding for '{Model.Path}'. {LlamaLog.RecentErrors()}".TrimEnd());
            }

            new ReadOnlySpan<float>(pooled, width).CopyTo(result);
            return result;
        }

        for (int i = 0; i < tokenCount; i++)
        {
            float* row = LlamaNative.GetEmbeddingsIth(_context, i);
            if (row is null)
            {
                throw new LlamaCppException($"llama.cpp returned no embedding for token {i} of '{Model.Path}'.");
            }

            for (int j = 0; j < width; j++)
            {
                result[j] += row[j] / tokenCount;
            }
        }

        return result;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        LlamaNative.BatchFree(_batch);
        _batch = default;
        _context.Dispose();
    }
}
