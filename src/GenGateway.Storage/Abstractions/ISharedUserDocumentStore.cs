namespace GenGateway.Storage;

/// <summary>
/// The <see cref="IUserDocumentStore"/> every gateway replica shares (Qdrant), which can also find documents across a
/// tenant's users: what replica-wide records such as an experiment's exposures need. Registered only with Qdrant.
/// </summary>
public interface ISharedUserDocumentStore : IUserDocumentStore
{
    /// <summary>
    /// Every document of <paramref name="kind"/> in the tenant, whoever's it is, limited to one
    /// <see cref="UserDocument.Group"/> and/or one key when given; oldest first.
    /// </summary>
    Task<IReadOnlyList<UserDocument>> FindAsync(string tenant, string kind, string? group = null, string? key = null, CancellationToken cancellationToken = default);
}
