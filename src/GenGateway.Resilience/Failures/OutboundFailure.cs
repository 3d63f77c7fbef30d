namespace GenGateway.Resilience.Failures;

/// <summary>What the resilience pipeline needs to know about a failed outbound call.</summary>
/// <param name="IsTransient">Whether another attempt could succeed (transport error, timeout, 408, 429, 5xx).</param>
/// <param name="RetryAfter">How long the upstream asked to be left alone, when it said so.</param>
public readonly record struct OutboundFailure(bool IsTransient, TimeSpan? RetryAfter = null)
{
    /// <summary>A failure another attempt cannot fix (400, 401, a malformed answer, the caller's own cancellation).</summary>
    public static OutboundFailure Permanent => new(false);

    /// <summary>A failure worth another attempt, with no wait requested by the upstream.</summary>
    public static OutboundFailure Transient => new(true);

    /// <summary>Classifies an HTTP status: 408, 429 and 5xx are transient, as is 0 (no response at all).</summary>
    public static OutboundFailure FromStatus(int status, TimeSpan? retryAfter = null) =>
        new(status is 0 or 408 or 429 or >= 500, retryAfter);
}
