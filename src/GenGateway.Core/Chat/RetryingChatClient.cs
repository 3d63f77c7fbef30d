using Microsoft.Extensions.AI;
using Polly;
using Polly.Retry;

namespace GenGateway.Core.Chat;

/// <summary>
/// Retries transient provider failures (429, 5xx, timeouts) with exponential back-off and jitter, waiting at least
/// as long as the upstream's Retry-After asks (capped), so a rate-limited provider is not hammered.
/// </summary>
/// <remarks>Streaming calls are passed through untouched: once output has reached the caller it cannot be replayed.</remarks>
public sealed class RetryingChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Creates the layer.</summary>
    public RetryingChatClient(IChatClient inner, ResilienceOptions options, TimeProvider timeProvider)
        : base(inner)
    {
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = new PredicateBuilder().Handle<ProviderException>(e => e.IsTransient),
                DelayGenerator = args =>
                    new ValueTask<TimeSpan?>(args.Outcome.Exception is ProviderException { RetryAfter: { } wait }
                        ? TimeSpan.FromTicks(Math.Min(wait.Ticks, options.MaxRetryDelay.Ticks))
                        : null),
            })
            .Build();
        Enabled = options.MaxRetries > 0;
    }

    private bool Enabled { get; }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }

        var materialized = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        return await _pipeline.ExecuteAsync(
            async token => await base.GetResponseAsync(materialized, options, token),
            cancellationToken);
    }
}
