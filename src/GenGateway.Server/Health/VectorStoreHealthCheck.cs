using GenGateway.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenGateway.Server.Health;

/// <summary>The vector store's own health check: whether it can be read and written now.</summary>
internal sealed class VectorStoreHealthCheck(IVectorStore store) : IHealthCheck
{
    public const string Backend = "backend";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await store.CheckHealthAsync(cancellationToken);
        var data = new Dictionary<string, object> { [Backend] = health.Backend };
        return health.Healthy
            ? HealthCheckResult.Healthy(health.Detail, data)
            : HealthCheckResult.Unhealthy(health.Detail, data: data);
    }
}
