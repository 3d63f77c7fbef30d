using System.ClientModel;
using System.Net.Http.Headers;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GenGateway.Resilience.Failures;

/// <summary>
/// The one place that decides which exceptions from an outbound call are worth another attempt and how long the
/// upstream asked to wait: exceptions that classify themselves (<see cref="IOutboundFailureSource"/>), the per-attempt
/// timeout, SDK errors from System.ClientModel (the OpenAI SDK, with its Retry-After header), and plain HTTP/transport errors.
/// </summary>
public static class OutboundFailureClassifier
{
    /// <summary>Classifies <paramref name="exception"/>; <paramref name="now"/> resolves a Retry-After given as a date.</summary>
    public static OutboundFailure Classify(Exception exception, DateTimeOffset now) => exception switch
    {
        IOutboundFailureSource source => source.Failure,
        TimeoutRejectedException => OutboundFailure.Transient,
        // An open circuit is not retried here: its break outlasts any retry delay, and callers fail over instead.
        BrokenCircuitException => OutboundFailure.Permanent,
        // The caller's own cancellation (an attempt timeout arrives as TimeoutRejectedException instead).
        OperationCanceledException => OutboundFailure.Permanent,
        ClientResultException result => OutboundFailure.FromStatus(result.Status, RetryAfter(result, now)),
        HttpRequestException { StatusCode: { } status } => OutboundFailure.FromStatus((int)status),
        HttpRequestException or IOException => OutboundFailure.Transient,
        _ => OutboundFailure.Permanent,
    };

    /// <summary>The Retry-After of an SDK error response, if it carried one.</summary>
    public static TimeSpan? RetryAfter(ClientResultException exception, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.GetRawResponse() is { } raw && raw.Headers.TryGetValue("Retry-After", out var value)
            ? RetryAfterHeader.Parse(value, now)
            : null;
    }

    /// <summary>The Retry-After of an HTTP response, if it carried one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };
    }
}
