using GenGateway.Resilience.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GenGateway.Resilience.DependencyInjection;

/// <summary>Registers the shared outbound resilience factory.</summary>
public static class ResilienceServiceCollectionExtensions
{
    /// <summary>Registers <see cref="OutboundPipelineFactory"/> (and <see cref="TimeProvider.System"/> unless a clock is registered).</summary>
    public static IServiceCollection AddOutboundResilience(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new OutboundPipelineFactory(sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>()));
        return services;
    }
}
