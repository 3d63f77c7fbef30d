using GenGateway.Core.Chat;
using GenGateway.Core.Prompts;

namespace GenGateway.Server.Apis;

/// <summary>Liveness and readiness probes.</summary>
public static class HealthApi
{
    /// <summary>Maps <c>/healthz</c> (process is up) and <c>/readyz</c> (prompts loaded, providers built).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health").ExcludeFromDescription();
        app.MapGet("/readyz", (PromptLibrary prompts, ModelRouter router) => TypedResults.Ok(new
        {
            status = "ready",
            prompts = prompts.Names.Order(StringComparer.Ordinal).ToArray(),
            modelProviders = router.HasProviders,
            rulesFallback = true,
        })).WithTags("Health").ExcludeFromDescription();
        return app;
    }
}
