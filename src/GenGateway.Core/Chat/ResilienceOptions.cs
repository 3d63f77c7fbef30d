namespace GenGateway.Core.Chat;

/// <summary>Timeout, retry and circuit-breaker settings of one provider.</summary>
public sealed record ResilienceOptions
{
    /// <summary>Per-attempt timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt; 0 turns retries off.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Base delay of exponential back-off.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait between attempts, including a Retry-After the upstream asks for.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Failure ratio in the sampling window that opens the circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>Calls in the window before the ratio counts.</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    /// <summary>The sampling window.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(15);
}
