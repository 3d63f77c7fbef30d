using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;

namespace GenGateway.Core.Chat;

/// <summary>
/// Stops calling a provider that keeps failing, for a break period, so requests fail over to the next provider
/// at once instead of waiting out timeouts.
/// </summary>
public sealed class CircuitBreakingChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline _pipeline;
    private readonly string _provider;

    /// <summary>Creates the layer.</summary>
    public CircuitBreakingChatClient(IChatClient inner, string provider, ResilienceOptions options, TimeProvider timeProvider)
        : base(inner)
    {
        _provider = provider;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<ProviderException>(e => e.IsTransient),
            })
            .Build();
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return await _pipeline.ExecuteAsync(
                async token => await base.GetResponseAsync(messages, options, token),
                cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new ProviderException(_provider, ProviderFailureKind.CircuitOpen,
                "circuit open after repeated failures; skipping until the break ends", retryAfter: ex.RetryAfter, inner: ex);
        }
    }
}
