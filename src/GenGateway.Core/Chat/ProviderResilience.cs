using GenGateway.Core.Configuration;
using GenGateway.Resilience.Pipelines;

namespace GenGateway.Core.Chat;

/// <summary>A configured provider's settings as the shared outbound resilience options (with a circuit breaker: the router can fail over).</summary>
internal static class ProviderResilience
{
    public static OutboundResilienceOptions For(ProviderOptions provider) => new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(provider.TimeoutSeconds),
        MaxRetries = provider.MaxRetries,
        MaxRetryDelay = TimeSpan.FromSeconds(provider.MaxRetryDelaySeconds),
        RetryBaseDelay = TimeSpan.FromMilliseconds(provider.RetryBaseDelayMilliseconds),
        CircuitBreaker = new CircuitBreakerSettings
        {
            BreakDuration = TimeSpan.FromSeconds(provider.BreakSeconds),
            MinimumThroughput = Math.Max(2, provider.BreakerMinimumThroughput),
        },
    };
}
