using System.Numerics.Tensors;

namespace GenGateway.Storage.Embedded.Index;

/// <summary>
/// One user's points: unit-length vectors packed row after row in one array (so scoring is a run of SIMD dot
/// products over contiguous memory) and their entries at the same row.
/// </summary>
/// <param name="dimension">Floats per vector.</param>
/// <param name="capacity">Rows to allocate up front; a replay that counted the user's points sizes the arrays once.</param>
internal sealed class UserShard(int dimension, int capacity = 4)
{
    private float[] _vectors = new float[dimension * Math.Max(1, capacity)];
    private IndexEntry[] _entries = new IndexEntry[Math.Max(1, capacity)];
    private readonly Dictionary<string, int> _rowById = new(Math.Max(1, capacity), StringComparer.Ordinal);

    public int Count { get; private set; }

    public bool Contains(string id) => _rowById.ContainsKey(id);

    public bool Holds(IndexEntry entry) => _rowById.TryGetValue(entry.Id, out var row) && ReferenceEquals(_entries[row], entry);

    public IndexEntry EntryAt(int row) => _entries[row];

    public ReadOnlySpan<float> VectorAt(int row) => _vectors.AsSpan(row * dimension, dimension);

    /// <summary>Adds a point; <paramref name="vector"/> is normalized on the way in, as Qdrant does for cosine.</summary>
    public bool Add(IndexEntry entry, ReadOnlySpan<float> vector)
    {
        if (_rowById.ContainsKey(entry.Id))
        {
            return false;
        }

        if (Count == _entries.Length)
        {
            var capacity = Math.Max(4, Count * 2);
            Array.Resize(ref _entries, capacity);
            Array.Resize(ref _vectors, capacity * dimension);
        }

        var row = _vectors.AsSpan(Count * dimension, dimension);
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(vector, norm, row);
        }
        else
        {
            row.Clear();
        }

        _entries[Count] = entry;
        _rowById[entry.Id] = Count;
        Count++;
        return true;
    }

    public void TrimExcess()
    {
        if (_entries.Length > Count && Count > 0)
        {
            Array.Resize(ref _entries, Count);
            Array.Resize(ref _vectors, Count * dimension);
        }
    }

    /// <summary>Removes the rows whose kind is in <paramref name="kinds"/> (all rows when null); returns the removed entries.</summary>
    public List<IndexEntry> RemoveWhere(IReadOnlySet<string>? kinds)
    {
        var removed = new List<IndexEntry>();
        var row = 0;
        while (row < Count)
        {
            var entry = _entries[row];
            if (kinds is not null && !kinds.Contains(entry.Kind))
            {
                row++;
                continue;
            }

            removed.Add(entry);
            _rowById.Remove(entry.Id);
            var last = Count - 1;
            if (row != last)
            {
                _entries[row] = _entries[last];
                _vectors.AsSpan(last * dimension, dimension).CopyTo(_vectors.AsSpan(row * dimension, dimension));
                _rowById[_entries[row].Id] = row;
            }

            _entries[last] = null!;
            Count--;
        }

        return removed;
    }

    /// <summary>Scores every row matching <paramref name="kinds"/> against a unit query, keeping the best in <paramref name="top"/>.</summary>
    public void Score(ReadOnlySpan<float> unitQuery, IReadOnlySet<string>? kinds, TopK top)
    {
        for (var row = 0; row < Count; row++)
        {
            var entry = _entries[row];
            if (kinds is not null && !kinds.Contains(entry.Kind))
            {
                continue;
            }

            top.Offer(entry, TensorPrimitives.Dot(unitQuery, _vectors.AsSpan(row * dimension, dimension)));
        }
    }

    public IEnumerable<IndexEntry> Entries(IReadOnlySet<string>? kinds)
    {
        for (var row = 0; row < Count; row++)
        {
            var entry = _entries[row];
            if (kinds is null || kinds.Contains(entry.Kind))
            {
                yield return entry;
            }
        }
    }
}
