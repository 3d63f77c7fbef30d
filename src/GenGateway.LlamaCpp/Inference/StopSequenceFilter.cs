namespace GenGateway.LlamaCpp.Inference;

/// <summary>
/// Streams text while watching for stop sequences that may be split across tokens: text that could still be the
/// start of a stop sequence is held back until it either completes one (generation stops, the sequence is dropped)
/// or can no longer match (it is released).
/// </summary>
internal sealed class StopSequenceFilter
{
    private readonly IReadOnlyList<string> _stops;
    private string _pending = string.Empty;

    public StopSequenceFilter(IReadOnlyList<string> stops) => _stops = stops;

    /// <summary>Adds generated text; returns the text safe to emit, and whether a stop sequence was reached.</summary>
    public (string Emit, bool Stopped) Push(string text)
    {
        if (_stops.Count == 0)
        {
            return (text, false);
        }

        _pending += text;
        int stopAt = -1;
        foreach (string stop in _stops)
        {
            int index = _pending.IndexOf(stop, StringComparison.Ordinal);
            if (index >= 0 && (stopAt < 0 || index < stopAt))
            {
                stopAt = index;
            }
        }

        if (stopAt >= 0)
        {
            string before = _pending[..stopAt];
            _pending = string.Empty;
            return (before, true);
        }

        int hold = LongestSuffixThatStartsAStop();
        string emit = _pending[..^hold];
        _pending = _pending[^hold..];
        return (emit, false);
    }

    /// <summary>Releases held-back text at the end of generation.</summary>
    public string Flush()
    {
        string rest = _pending;
        _pending = string.Empty;
        return rest;
    }

    private int LongestSuffixThatStartsAStop()
    {
        int longest = 0;
        foreach (string stop in _stops)
        {
            int max = Math.Min(stop.Length - 1, _pending.Length);
            for (int length = max; length > longest; length--)
            {
                if (_pending.AsSpan(_pending.Length - length).SequenceEqual(stop.AsSpan(0, length)))
                {
                    longest = length;
                    break;
                }
            }
        }

        return longest;
    }
}
