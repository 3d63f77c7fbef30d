namespace GenGateway.Core.Chat;

/// <summary>The gateway's standard provider layers.</summary>
public static class ChatPipelineBuilderExtensions
{
    /// <summary>Retries ▸ circuit breaker ▸ per-attempt timeout, the order every hosted provider gets.</summary>
    public static ChatPipelineBuilder UseResilience(this ChatPipelineBuilder builder, string provider, ResilienceOptions options,
        TimeProvider timeProvider) =>
        builder
            .Use(inner => new RetryingChatClient(inner, options, timeProvider))
            .Use(inner => new CircuitBreakingChatClient(inner, provider, options, timeProvider))
            .Use(inner => new TimeoutChatClient(inner, provider, options.Timeout, timeProvider));
}
