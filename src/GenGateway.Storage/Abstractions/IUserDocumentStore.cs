namespace GenGateway.Storage;

/// <summary>
/// Where small per-user documents are kept (consent, profile state and, with a shared backend, feedback): in Qdrant
/// when the gateway runs as replicas, so every replica reads the same, else in files under the data directory. This is
/// storage only; what a user's export and erase must reach is walked by the privacy service, with Core's
/// <c>IUserRecords</c> seam for stores outside the profile.
/// </summary>
public interface IUserDocumentStore
{
    /// <summary>The document, or null when none was put (or it was deleted).</summary>
    Task<UserDocument?> GetAsync(string tenant, string userId, string kind, string key, CancellationToken cancellationToken = default);

    /// <summary>Stores the document, replacing one with the same key; durable when the task completes.</summary>
    Task PutAsync(UserDocument document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the document only if none with its key exists, and returns the one stored: the first writer wins, also
    /// between processes sharing the store, so racing writers end up agreeing.
    /// </summary>
    Task<UserDocument> AddOrGetAsync(UserDocument document, CancellationToken cancellationToken = default);

    /// <summary>Every document of one kind for the user, oldest first.</summary>
    Task<IReadOnlyList<UserDocument>> ListAsync(string tenant, string userId, string kind, CancellationToken cancellationToken = default);

    /// <summary>Deletes the user's documents of one kind (every kind when null) durably; returns how many there were.</summary>
    Task<long> DeleteAsync(string tenant, string userId, string? kind = null, CancellationToken cancellationToken = default);
}
