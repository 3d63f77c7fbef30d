using System.Collections.Concurrent;

namespace GenGateway.Core.Caching;

/// <summary>
/// Counts, per user, the erasures this node has performed. HybridCache's tag removal does not reach a load that is
/// still running (its answer would be stored after the erase), so a load compares the count before and after and
/// discards an answer that an erase overtook. Holds one number per erased user, never per request.
/// </summary>
public sealed class UserErasures
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>The current count for the user tag (0 when never erased here).</summary>
    public long Current(string userTag) => _counts.TryGetValue(userTag, out var count) ? count : 0;

    /// <summary>Records an erasure of the user tag.</summary>
    public void Record(string userTag) => _counts.AddOrUpdate(userTag, 1, (_, count) => count + 1);
}
