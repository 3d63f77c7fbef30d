using System.Collections.Concurrent;

namespace GenGateway.Core.Feedback;

/// <summary>
/// The most recent generation responses by request id, bounded in memory: feedback usually arrives within minutes,
/// and a feedback for a forgotten request is answered with a clear 404 rather than stored unjoined.
/// </summary>
public sealed class GenerationLedger(int capacity = 100_000)
{
    private readonly ConcurrentDictionary<string, GenerationRecord> _records = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>Remembers a response.</summary>
    public void Add(string requestId, GenerationRecord record)
    {
        if (_records.TryAdd(requestId, record))
        {
            _order.Enqueue(requestId);
            while (_records.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _records.TryRemove(oldest, out _);
            }
        }
    }

    /// <summary>Finds a response of the given tenant.</summary>
    public GenerationRecord? Find(string tenant, string requestId) =>
        _records.TryGetValue(requestId, out var record) && record.Tenant == tenant ? record : null;

    /// <summary>Forgets every response generated for a user (erasure); returns how many.</summary>
    public int EraseUser(string tenant, string userId)
    {
        var removed = 0;
        foreach (var (id, record) in _records)
        {
            if (record.Tenant == tenant && record.UserId == userId && _records.TryRemove(id, out _))
            {
                removed++;
            }
        }

        return removed;
    }
}
