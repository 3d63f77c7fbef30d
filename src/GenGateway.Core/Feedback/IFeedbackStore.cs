namespace GenGateway.Core.Feedback;

/// <summary>
/// Where feedback is kept: <see cref="FeedbackLog"/> (a local file) for a single gateway, or a store every replica
/// shares when the gateway runs as several (registered by the profiles module).
/// </summary>
public interface IFeedbackStore
{
    /// <summary>Stores a record durably before returning.</summary>
    Task AppendAsync(FeedbackRecord record, CancellationToken cancellationToken = default);

    /// <summary>Every record of one user (export).</summary>
    Task<IReadOnlyList<FeedbackRecord>> ReadUserAsync(string tenant, string userId, CancellationToken cancellationToken = default);

    /// <summary>Removes every record of a user durably; returns how many there were.</summary>
    Task<int> EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default);
}
