using GenGateway.Server.Auth;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenGateway.Server.Health;

/// <summary>
/// The body of <c>/readyz</c>. The vector store's detail can name the data directory or the Qdrant address, so only
/// a caller that presented an API key sees it; probes get the status, the backend and the generation settings.
/// </summary>
internal static class ReadinessResponse
{
    public const string GenerationCheck = "generation";
    public const string VectorStoreCheck = "vector-store";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var generation = report.Entries.GetValueOrDefault(GenerationCheck);
        var store = report.Entries.GetValueOrDefault(VectorStoreCheck);
        var body = new
        {
            status = report.Status == HealthStatus.Unhealthy ? "not-ready" : "ready",
            prompts = generation.Data?.GetValueOrDefault(GenerationHealthCheck.Prompts),
            modelProviders = generation.Data?.GetValueOrDefault(GenerationHealthCheck.ModelProviders),
            rulesFallback = generation.Data?.GetValueOrDefault(GenerationHealthCheck.RulesFallback),
            vectorStore = new
            {
                healthy = store.Status == HealthStatus.Healthy,
                backend = store.Data?.GetValueOrDefault(VectorStoreHealthCheck.Backend),
                detail = context.PresentedKey() ? store.Description ?? store.Exception?.Message : null,
            },
        };
        return context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }

    /// <summary>The body of <c>/healthz</c>: the process is up and serving.</summary>
    public static Task WriteLiveAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new { status = "ok" }, context.RequestAborted);
}
