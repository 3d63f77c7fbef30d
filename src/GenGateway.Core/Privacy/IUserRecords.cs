namespace GenGateway.Core.Privacy;

/// <summary>
/// A store outside the user profile that keeps records about users (experiment exposures and outcomes). The user's
/// export includes them and the erase removes them, through this seam, so a new store cannot be forgotten by either.
/// </summary>
public interface IUserRecords
{
    /// <summary>The name the records are exported and receipted under, e.g. <c>experiments</c>.</summary>
    string Name { get; }

    /// <summary>Every record about the user, serializable as JSON.</summary>
    Task<IReadOnlyList<object>> ExportUserAsync(string tenant, string userId, CancellationToken cancellationToken = default);

    /// <summary>Removes every record about the user durably; returns how many.</summary>
    Task<int> EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default);
}
