using GenGateway.Experiments.Configuration;
using GenGateway.Experiments.Recording;

namespace GenGateway.Experiments.Reporting;

/// <summary>Reports for the experiments a tenant declared.</summary>
public sealed class ExperimentReports(ExperimentCatalog catalog, IExperimentStore store, TimeProvider timeProvider)
{
    /// <summary>The report, or null when the tenant declared no experiment with that id.</summary>
    public async Task<ExperimentReport?> GetAsync(string tenant, string id, CancellationToken cancellationToken = default)
    {
        if (!catalog.Current.Definitions.TryGetValue(id, out var definition) || definition.Tenant != tenant)
        {
            return null;
        }

        return await ReportBuilder.BuildAsync(id, definition, store.ReadAsync(tenant, id, cancellationToken), timeProvider.GetUtcNow(), cancellationToken);
    }
}
