using GenGateway.Server.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GenGateway.Server.Apis;

/// <summary>Liveness and readiness probes, open without a key.</summary>
public static class HealthApi
{
    private const string Ready = "ready";

    /// <summary>Registers the readiness checks: generation (prompts, providers, fallback) and the vector store.</summary>
    public static IServiceCollection AddGenGatewayHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<GenerationHealthCheck>(ReadinessResponse.GenerationCheck, tags: [Ready])
            .AddCheck<VectorStoreHealthCheck>(ReadinessResponse.VectorStoreCheck, tags: [Ready]);
        return services;
    }

    /// <summary>Maps <c>/healthz</c> (the process is up; runs no check) and <c>/readyz</c> (every readiness check; 503 when one fails).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = ReadinessResponse.WriteLiveAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = ReadinessResponse.WriteAsync })
            .AllowAnonymous();
        return app;
    }
}
