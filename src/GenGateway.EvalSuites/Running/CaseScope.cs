namespace GenGateway.EvalSuites.Running;

/// <summary>
/// Per-run state that the chat layers deep inside the gateway's pipeline report into. It flows with the async
/// call through <see cref="AsyncLocal{T}"/>, so concurrent cases never see each other's usage or notes.
/// </summary>
internal sealed class CaseScope
{
    private static readonly AsyncLocal<CaseScope?> CurrentScope = new();
    private readonly Lock _lock = new();
    private readonly List<string> _notes = [];
    private long _inputTokens;
    private long _outputTokens;
    private int _modelCalls;
    private int _cacheHits;

    public CaseScope(int repeat) => Repeat = repeat;

    /// <summary>The scope of the run on this async flow, if any.</summary>
    public static CaseScope? Current
    {
        get => CurrentScope.Value;
        set => CurrentScope.Value = value;
    }

    /// <summary>0-based repeat index; the seed of model calls is the run's seed plus it.</summary>
    public int Repeat { get; }

    public long InputTokens => Interlocked.Read(ref _inputTokens);

    public long OutputTokens => Interlocked.Read(ref _outputTokens);

    public int ModelCalls => Volatile.Read(ref _modelCalls);

    public int CacheHits => Volatile.Read(ref _cacheHits);

    /// <summary>Whether some model call reported no token usage, which makes the cost unknown.</summary>
    public bool UsageMissing { get; private set; }

    public IReadOnlyList<string> Notes
    {
        get
        {
            lock (_lock)
            {
                return [.. _notes];
            }
        }
    }

    public void AddUsage(long? input, long? output, bool fromCache)
    {
        Interlocked.Increment(ref _modelCalls);
        if (fromCache)
        {
            Interlocked.Increment(ref _cacheHits);
        }

        if (input is null && output is null)
        {
            UsageMissing = true;
        }

        Interlocked.Add(ref _inputTokens, input ?? 0);
        Interlocked.Add(ref _outputTokens, output ?? 0);
    }

    public void Note(string note)
    {
        lock (_lock)
        {
            if (_notes.Count < 20)
            {
                _notes.Add(note);
            }
        }
    }
}
