using System.Collections.Concurrent;
using GenGateway.LlamaCpp.Sampling;

namespace GenGateway.LlamaCpp.Inference;

/// <summary>
/// A bounded pool of LLamaSharp contexts over one loaded model. At most <c>maxConcurrency</c> requests run at once;
/// the rest wait, each for at most the queue timeout. Contexts are created on first use and reused (with their KV
/// cache cleared).
/// </summary>
/// <remarks>
/// One context per request, rather than several sequences in one context (LLamaSharp's <c>BatchedExecutor</c>), keeps
/// each request's state apart (a cancelled or failed request cannot corrupt another's KV cache) at the cost of one KV
/// cache per slot and one pass over the weights per request and token. Measured against the executor
/// (<c>scripts/llama/bench.sh concurrency</c>, figures in docs/llamacpp.md): equal at one request, but the executor
/// served 2.6–3.8× the tokens/s at 2 and 4, so moving the pool onto it is the open step for MaxConcurrency above 1.
/// </remarks>
public sealed class LlamaContextPool : IDisposable
{
    private readonly LlamaModel _model;
    private readonly LlamaContextSettings _settings;
    private readonly SemaphoreSlim _slots;
    private readonly TimeSpan _queueTimeout;
    private readonly ConcurrentBag<LlamaSession> _idle = [];
    private readonly ConcurrentDictionary<LlamaSession, byte> _all = new();
    private int _disposed;

    /// <summary>Creates a pool; no context is created until the first request.</summary>
    /// <param name="model">The model; it must have weights.</param>
    /// <param name="settings">How contexts are created.</param>
    /// <param name="maxConcurrency">Requests served at once.</param>
    /// <param name="queueTimeout">How long a request waits for a free context; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    public LlamaContextPool(LlamaModel model, LlamaContextSettings settings, int maxConcurrency, TimeSpan queueTimeout)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        if (model.VocabOnly)
        {
            throw new ArgumentException($"'{model.Path}' was loaded vocabulary-only and cannot run inference.", nameof(model));
        }

        _model = model;
        _settings = settings;
        MaxConcurrency = maxConcurrency;
        _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _queueTimeout = queueTimeout;
    }

    /// <summary>How many requests may run at once.</summary>
    public int MaxConcurrency { get; }

    /// <summary>Requests running now.</summary>
    public int InUse => MaxConcurrency - _slots.CurrentCount;

    /// <summary>Contexts created so far.</summary>
    public int ContextCount => _all.Count;

    /// <summary>
    /// Plain completion: continues <paramref name="promptTokens"/> as they are (no chat template), waiting for a free
    /// slot first. Used for raw prompts and by the benchmark, which feeds both bindings identical tokens.
    /// </summary>
    /// <param name="promptTokens">The prompt, already tokenized (see <see cref="LlamaModel.Tokenize"/>).</param>
    /// <param name="settings">Sampling, limits, stop sequences and grammar.</param>
    /// <param name="onText">Receives text as it forms; may be null.</param>
    /// <param name="cancellationToken">Cancels the wait for a slot or the generation (checked before every token).</param>
    public async Task<LlamaGenerationResult> GenerateAsync(
        IReadOnlyList<int> promptTokens,
        LlamaSamplingSettings settings,
        Action<string>? onText = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promptTokens);
        ArgumentNullException.ThrowIfNull(settings);
        int[] prompt = promptTokens.ToArray();
        using LlamaSessionLease lease = await RentAsync(cancellationToken);
        return await Task.Factory.StartNew(
            () => Run(lease, prompt, settings, onText ?? (_ => { }), cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    /// <summary>Runs the token loop on a rented session, retiring the session if llama.cpp failed mid-way.</summary>
    internal static LlamaGenerationResult Run(
        LlamaSessionLease lease, int[] prompt, LlamaSamplingSettings settings, Action<string> onText, CancellationToken cancellationToken)
    {
        try
        {
            return LlamaGenerator.Generate(lease.Session, prompt, settings, onText, cancellationToken);
        }
        catch (LlamaCppException)
        {
            // A failed decode can leave the KV cache half-written; do not reuse this context.
            lease.Faulted = true;
            throw;
        }
    }

    /// <summary>
    /// Creates the first context now rather than on the first request, so a context that does not fit in memory is a
    /// startup error. Does nothing when a context exists.
    /// </summary>
    /// <exception cref="LlamaCppException">llama.cpp could not create the context.</exception>
    public void Prewarm()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_all.IsEmpty)
        {
            return;
        }

        var session = new LlamaSession(_model, _settings);
        _all.TryAdd(session, 0);
        _idle.Add(session);
    }

    internal async Task<LlamaSessionLease> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!await _slots.WaitAsync(_queueTimeout, cancellationToken))
        {
            throw new LlamaQueueTimeoutException(
                $"All {MaxConcurrency} context(s) of '{_model.Path}' stayed busy for {_queueTimeout.TotalSeconds:0.#} s (LlamaCpp:QueueTimeout); the request was not run.");
        }

        try
        {
            if (!_idle.TryTake(out LlamaSession? session))
            {
                session = new LlamaSession(_model, _settings);
                _all.TryAdd(session, 0);
            }

            return new LlamaSessionLease(this, session);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    internal void Return(LlamaSession session, bool healthy)
    {
        if (healthy && Volatile.Read(ref _disposed) == 0)
        {
            session.Reset();
            _idle.Add(session);
        }
        else
        {
            _all.TryRemove(session, out _);
            session.Dispose();
        }

        _slots.Release();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Sessions still rented are disposed by Return when their request ends.
        while (_idle.TryTake(out LlamaSession? session))
        {
            _all.TryRemove(session, out _);
            session.Dispose();
        }
    }
}
