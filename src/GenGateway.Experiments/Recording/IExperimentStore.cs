namespace GenGateway.Experiments.Recording;

/// <summary>Durable exposures and outcomes. Appends return only once the record is on disk (or acknowledged).</summary>
public interface IExperimentStore
{
    /// <summary>Appends an exposure durably.</summary>
    Task AppendAsync(ExposureRecord exposure, CancellationToken cancellationToken = default);

    /// <summary>Appends an outcome durably.</summary>
    Task AppendAsync(OutcomeRecord outcome, CancellationToken cancellationToken = default);

    /// <summary>The arm a unit was first served in an experiment, if it was exposed before.</summary>
    ValueTask<string?> FirstArmAsync(string tenant, string experimentId, string unit, CancellationToken cancellationToken = default);

    /// <summary>The exposure a request id belongs to, if any.</summary>
    ValueTask<ExposureRecord?> FindExposureAsync(string tenant, string requestId, CancellationToken cancellationToken = default);

    /// <summary>Every entry of one experiment, in append order.</summary>
    IAsyncEnumerable<ExperimentEntry> ReadAsync(string tenant, string experimentId, CancellationToken cancellationToken = default);

    /// <summary>Every entry about one user, across experiments.</summary>
    Task<IReadOnlyList<ExperimentEntry>> ExportUserAsync(string tenant, string userId, CancellationToken cancellationToken = default);

    /// <summary>Removes every entry about one user; returns how many were removed.</summary>
    Task<int> EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default);
}
