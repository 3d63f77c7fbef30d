namespace GenGateway.Storage.Embedded.Index;

/// <summary>All points in memory, grouped tenant → user so a filtered query touches only the matching users.</summary>
internal sealed class TenantIndex(int dimension)
{
    private readonly Dictionary<string, Dictionary<string, UserShard>> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _kinds = new(StringComparer.Ordinal);

    public int Dimension => dimension;

    public long Count { get; private set; }

    /// <summary>Sum of the log frame lengths of the live points, to know how much of the log is garbage.</summary>
    public long LiveBytes { get; private set; }

    public bool Contains(string tenant, string userId, string id) =>
        _tenants.TryGetValue(tenant, out var users) && users.TryGetValue(userId, out var shard) && shard.Contains(id);

    /// <summary>Whether <paramref name="entry"/> (this instance) is still stored.</summary>
    public bool IsLive(string tenant, string userId, IndexEntry entry) =>
        _tenants.TryGetValue(tenant, out var users) && users.TryGetValue(userId, out var shard) && shard.Holds(entry);

    /// <summary>Creates the user's shard with room for <paramref name="capacity"/> points, unless it exists.</summary>
    public void Reserve(string tenant, string userId, int capacity)
    {
        if (!_tenants.TryGetValue(tenant, out var users))
        {
            users = new Dictionary<string, UserShard>(StringComparer.Ordinal);
            _tenants[tenant] = users;
        }

        users.TryAdd(userId, new UserShard(dimension, capacity));
    }

    public bool Add(string tenant, string userId, IndexEntry entry, ReadOnlySpan<float> vector)
    {
        if (!_tenants.TryGetValue(tenant, out var users))
        {
            users = new Dictionary<string, UserShard>(StringComparer.Ordinal);
            _tenants[tenant] = users;
        }

        if (!users.TryGetValue(userId, out var shard))
        {
            shard = new UserShard(dimension);
            users[userId] = shard;
        }

        // Kinds repeat across millions of points; share one string instance per kind.
        if (!_kinds.TryGetValue(entry.Kind, out var kind))
        {
            _kinds[entry.Kind] = entry.Kind;
        }
        else if (!ReferenceEquals(kind, entry.Kind))
        {
            entry = entry with { Kind = kind };
        }

        if (!shard.Add(entry, vector))
        {
            return false;
        }

        Count++;
        LiveBytes += entry.Length;
        return true;
    }

    public List<IndexEntry> Remove(VectorFilter filter)
    {
        var removed = new List<IndexEntry>();
        if (!_tenants.TryGetValue(filter.Tenant, out var users))
        {
            return removed;
        }

        var kinds = KindSet(filter);
        foreach (var userId in Users(filter, users).ToList())
        {
            var shard = users[userId];
            removed.AddRange(shard.RemoveWhere(kinds));
            if (shard.Count == 0)
            {
                users.Remove(userId);
            }
        }

        if (users.Count == 0)
        {
            _tenants.Remove(filter.Tenant);
        }

        Count -= removed.Count;
        LiveBytes -= removed.Sum(e => (long)e.Length);
        return removed;
    }

    /// <summary>The user shards a filter selects (one, or every user of the tenant), with the filter's kind set.</summary>
    public IEnumerable<(string UserId, UserShard Shard)> Select(VectorFilter filter)
    {
        if (!_tenants.TryGetValue(filter.Tenant, out var users))
        {
            yield break;
        }

        foreach (var userId in Users(filter, users))
        {
            yield return (userId, users[userId]);
        }
    }

    /// <summary>Shrinks every user's arrays to its size (after replay, when no more growth is expected soon).</summary>
    public void TrimExcess()
    {
        foreach (var users in _tenants.Values)
        {
            foreach (var shard in users.Values)
            {
                shard.TrimExcess();
            }
        }
    }

    public IEnumerable<(string Tenant, string UserId, IndexEntry Entry)> All()
    {
        foreach (var (tenant, users) in _tenants)
        {
            foreach (var (userId, shard) in users)
            {
                foreach (var entry in shard.Entries(null))
                {
                    yield return (tenant, userId, entry);
                }
            }
        }
    }

    public static IReadOnlySet<string>? KindSet(VectorFilter filter) =>
        filter.Kinds is { Count: > 0 } kinds ? new HashSet<string>(kinds, StringComparer.Ordinal) : null;

    private static IEnumerable<string> Users(VectorFilter filter, Dictionary<string, UserShard> users)
    {
        if (filter.UserId is null)
        {
            foreach (var userId in users.Keys)
            {
                yield return userId;
            }
        }
        else if (users.ContainsKey(filter.UserId))
        {
            yield return filter.UserId;
        }
    }
}
