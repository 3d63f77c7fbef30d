using GenGateway.Core.Chat;
using GenGateway.Core.Prompts;
using GenGateway.Storage;

namespace GenGateway.Server.Apis;

/// <summary>Liveness and readiness probes.</summary>
public static class HealthApi
{
    /// <summary>Maps <c>/healthz</c> (process is up) and <c>/readyz</c> (prompts loaded, providers built, vector store usable).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health").ExcludeFromDescription();
        app.MapGet("/readyz", async (PromptLibrary prompts, ModelRouter router, IVectorStore store, CancellationToken cancellationToken) =>
        {
            var vectorStore = await store.CheckHealthAsync(cancellationToken);
            var body = new
            {
                status = vectorStore.Healthy ? "ready" : "not-ready",
                prompts = prompts.Names.Order(StringComparer.Ordinal).ToArray(),
                modelProviders = router.HasProviders,
                rulesFallback = true,
                vectorStore = new { healthy = vectorStore.Healthy, backend = vectorStore.Backend, detail = vectorStore.Detail },
            };
            return vectorStore.Healthy ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).WithTags("Health").ExcludeFromDescription();
        return app;
    }
}
