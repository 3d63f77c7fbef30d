using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.Core.Prompts;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Health;

/// <summary>
/// Whether generation can answer: the prompts loaded at startup, whether a model provider is configured, and the
/// rules-fallback setting as configured. With no provider and the fallback off nothing could answer.
/// </summary>
internal sealed class GenerationHealthCheck(PromptLibrary prompts, ModelRouter router, IOptions<GenGatewayOptions> options) : IHealthCheck
{
    public const string Prompts = "prompts";
    public const string ModelProviders = "modelProviders";
    public const string RulesFallback = "rulesFallback";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            [Prompts] = prompts.Names.Order(StringComparer.Ordinal).ToArray(),
            [ModelProviders] = router.HasProviders,
            [RulesFallback] = options.Value.RulesFallback,
        };
        return Task.FromResult(router.HasProviders || options.Value.RulesFallback
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Unhealthy("no model provider is configured and the rules fallback is off", data: data));
    }
}
