using GenGateway.Core.Privacy;

namespace GenGateway.Experiments.Recording;

/// <summary>Experiment exposures and outcomes as user records: in the user's export, removed by the user's erase.</summary>
internal sealed class ExperimentUserRecords(IExperimentStore store) : IUserRecords
{
    public string Name => "experiments";

    public async Task<IReadOnlyList<object>> ExportUserAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
        [.. await store.ExportUserAsync(tenant, userId, cancellationToken)];

    public Task<int> EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
        store.EraseUserAsync(tenant, userId, cancellationToken);
}
