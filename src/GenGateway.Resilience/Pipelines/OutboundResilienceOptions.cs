namespace GenGateway.Resilience.Pipelines;

/// <summary>Timeout, retry and circuit-breaker settings of one outbound dependency (a model provider, an embedder, Qdrant).</summary>
public sealed record OutboundResilienceOptions
{
    /// <summary>Time allowed for one attempt; a slower attempt is abandoned and counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Base delay of the exponential back-off (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Longest wait between attempts. A back-off delay is capped at it; a Retry-After longer than it is not waited out:
    /// the failure surfaces at once, so the caller can fail over instead of sleeping or hammering the upstream early.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The circuit breaker, for dependencies with somewhere else to go while it is open; null for none.</summary>
    public CircuitBreakerSettings? CircuitBreaker { get; init; }
}

/// <summary>When a dependency's circuit opens and for how long.</summary>
public sealed record CircuitBreakerSettings
{
    /// <summary>Share of transient failures among the calls in <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Calls in the window before the ratio counts (Polly's minimum is 2).</summary>
    public int MinimumThroughput { get; init; } = 10;

    /// <summary>The sampling window.</summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial call is let through.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(15);
}
