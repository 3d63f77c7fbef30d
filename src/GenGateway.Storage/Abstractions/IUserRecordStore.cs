namespace GenGateway.Storage;

/// <summary>
/// Per-user documents held where every gateway replica reads them (Qdrant), so consent, profile state and feedback
/// answer the same on every replica. Registered only with a shared backend; a single process keeps them in files.
/// </summary>
public interface IUserRecordStore
{
    /// <summary>The record, or null when none was put (or it was deleted).</summary>
    Task<UserRecord?> GetAsync(string tenant, string userId, string kind, string key, CancellationToken cancellationToken = default);

    /// <summary>Stores the record, replacing one with the same key; durable when the task completes.</summary>
    Task PutAsync(UserRecord record, CancellationToken cancellationToken = default);

    /// <summary>Every record of one kind for the user, oldest first.</summary>
    Task<IReadOnlyList<UserRecord>> ListAsync(string tenant, string userId, string kind, CancellationToken cancellationToken = default);

    /// <summary>Deletes the user's records of one kind (every kind when null) durably; returns how many there were.</summary>
    Task<long> DeleteAsync(string tenant, string userId, string? kind = null, CancellationToken cancellationToken = default);
}
