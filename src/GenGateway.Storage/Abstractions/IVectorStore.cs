namespace GenGateway.Storage;

/// <summary>Stores embedded user events and answers filtered nearest-neighbour queries over them.</summary>
public interface IVectorStore
{
    /// <summary>Records the embedder on first use; throws <see cref="EmbedderMismatchException"/> when the store holds vectors from another.</summary>
    Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken = default);

    /// <summary>Ids among <paramref name="ids"/> (for <paramref name="tenant"/> and <paramref name="userId"/>) that are already stored.</summary>
    Task<IReadOnlySet<string>> GetExistingIdsAsync(string tenant, string userId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Stores points; durable when the task completes (embedded: fsync'd; Qdrant: wait=true). Existing keys are left unchanged (insert-only).</summary>
    Task UpsertAsync(IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken = default);

    /// <summary>Filtered k-nearest-neighbour search by cosine similarity, best first.</summary>
    Task<IReadOnlyList<VectorMatch>> SearchAsync(ReadOnlyMemory<float> query, VectorFilter filter, int limit, CancellationToken cancellationToken = default);

    /// <summary>Every point matching the filter, oldest <see cref="VectorPoint.OccurredAt"/> first (export, profile rebuild).</summary>
    IAsyncEnumerable<VectorPoint> ScrollAsync(VectorFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Exact number of points matching the filter.</summary>
    Task<long> CountAsync(VectorFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Deletes every point matching the filter durably; returns how many were deleted.</summary>
    Task<long> DeleteAsync(VectorFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Checks that the store is reachable and usable.</summary>
    Task<VectorStoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
