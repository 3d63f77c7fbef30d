namespace GenGateway.Storage.Embedded.Index;

/// <summary>Keeps the <c>k</c> best-scoring entries seen so far (min-heap on score).</summary>
internal sealed class TopK(int k)
{
    private readonly PriorityQueue<IndexEntry, float> _heap = new(k + 1);

    public void Offer(IndexEntry entry, float score)
    {
        if (_heap.Count < k)
        {
            _heap.Enqueue(entry, score);
        }
        else if (_heap.TryPeek(out _, out var worst) && score > worst)
        {
            _heap.EnqueueDequeue(entry, score);
        }
    }

    /// <summary>The kept entries, best first.</summary>
    public List<(IndexEntry Entry, float Score)> BestFirst()
    {
        var result = new List<(IndexEntry, float)>(_heap.Count);
        while (_heap.TryDequeue(out var entry, out var score))
        {
            result.Add((entry, score));
        }

        result.Reverse();
        return result;
    }
}
