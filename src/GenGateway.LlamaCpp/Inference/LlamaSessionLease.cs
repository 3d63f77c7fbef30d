namespace GenGateway.LlamaCpp.Inference;

/// <summary>A rented <see cref="LlamaSession"/>; disposing it returns the session and frees the slot.</summary>
internal sealed class LlamaSessionLease : IDisposable
{
    private LlamaContextPool? _pool;

    public LlamaSessionLease(LlamaContextPool pool, LlamaSession session)
    {
        _pool = pool;
        Session = session;
    }

    public LlamaSession Session { get; }

    /// <summary>Set when the request failed mid-decode; the session is then discarded rather than reused.</summary>
    public bool Faulted { get; set; }

    public void Dispose() => Interlocked.Exchange(ref _pool, null)?.Return(Session, !Faulted);
}
