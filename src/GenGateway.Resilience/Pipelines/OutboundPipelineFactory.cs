using GenGateway.Resilience.Failures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace GenGateway.Resilience.Pipelines;

/// <summary>
/// Builds the Polly <see cref="ResiliencePipeline"/> every outbound call goes through, so chat providers, embedders and
/// the vector store share one behaviour: retry (exponential back-off with jitter, capped; Retry-After honoured) ▸
/// circuit breaker (optional) ▸ per-attempt timeout ▸ the call. Time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// Build one pipeline per dependency at startup and keep it: the circuit breaker's state lives in the pipeline.
/// What counts as transient is decided by <see cref="OutboundFailureClassifier"/>; a caller with its own exception
/// types implements <see cref="IOutboundFailureSource"/> on them.
/// </remarks>
public sealed class OutboundPipelineFactory(TimeProvider timeProvider, ILoggerFactory? loggerFactory = null)
{
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<OutboundPipelineFactory>();

    /// <summary>The pipeline for the dependency named <paramref name="dependency"/> (used in logs).</summary>
    public ResiliencePipeline Create(string dependency, OutboundResilienceOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dependency);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.AttemptTimeout, TimeSpan.Zero);

        var builder = new ResiliencePipelineBuilder { Name = dependency, TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(Retry(dependency, options));
        }

        if (options.CircuitBreaker is { } breaker)
        {
            builder.AddCircuitBreaker(CircuitBreaker(dependency, breaker));
        }

        return builder
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout })
            .Build();
    }

    /// <summary>How the pipeline classifies <paramref name="exception"/> at this moment.</summary>
    public OutboundFailure Classify(Exception exception) => OutboundFailureClassifier.Classify(exception, timeProvider.GetUtcNow());

    private RetryStrategyOptions Retry(string dependency, OutboundResilienceOptions options) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        MaxDelay = options.MaxRetryDelay,
        ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && ShouldRetry(Classify(ex), options.MaxRetryDelay)),
        // Retry-After wins over the back-off: waiting less would be refused again.
        DelayGenerator = args => ValueTask.FromResult(
            args.Outcome.Exception is { } ex && Classify(ex).RetryAfter is { } wait ? (TimeSpan?)wait : null),
        OnRetry = args =>
        {
            OutboundResilienceLog.Retrying(_logger, dependency, args.AttemptNumber + 1, options.MaxRetries + 1,
                args.Outcome.Exception?.Message ?? "no result", (long)args.RetryDelay.TotalMilliseconds);
            return ValueTask.CompletedTask;
        },
    };

    private CircuitBreakerStrategyOptions CircuitBreaker(string dependency, CircuitBreakerSettings settings) => new()
    {
        FailureRatio = settings.FailureRatio,
        MinimumThroughput = Math.Max(2, settings.MinimumThroughput),
        SamplingDuration = settings.SamplingDuration,
        BreakDuration = settings.BreakDuration,
        ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && Classify(ex).IsTransient),
        OnOpened = args =>
        {
            OutboundResilienceLog.CircuitOpened(_logger, dependency, (long)args.BreakDuration.TotalMilliseconds,
                args.Outcome.Exception?.Message ?? "no result");
            return ValueTask.CompletedTask;
        },
        OnClosed = _ =>
        {
            OutboundResilienceLog.CircuitClosed(_logger, dependency);
            return ValueTask.CompletedTask;
        },
    };

    internal static bool ShouldRetry(OutboundFailure failure, TimeSpan maxRetryDelay) =>
        failure.IsTransient && (failure.RetryAfter is not { } wait || wait <= maxRetryDelay);
}
