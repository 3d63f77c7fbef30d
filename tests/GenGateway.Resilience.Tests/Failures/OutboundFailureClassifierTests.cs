using System.Net;
using Polly.Timeout;

namespace GenGateway.Resilience.Failures;

public sealed class OutboundFailureClassifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public void Http_status_decides_whether_a_failure_is_transient(HttpStatusCode status, bool transient) =>
        Assert.Equal(transient, OutboundFailureClassifier.Classify(new HttpRequestException("x", null, status), Now).IsTransient);

    [Fact]
    public void Transport_errors_and_attempt_timeouts_are_transient_but_cancellation_is_not()
    {
        Assert.True(OutboundFailureClassifier.Classify(new HttpRequestException("refused"), Now).IsTransient);
        Assert.True(OutboundFailureClassifier.Classify(new IOException("reset"), Now).IsTransient);
        Assert.True(OutboundFailureClassifier.Classify(new TimeoutRejectedException(), Now).IsTransient);
        Assert.False(OutboundFailureClassifier.Classify(new OperationCanceledException(), Now).IsTransient);
        Assert.False(OutboundFailureClassifier.Classify(new InvalidDataException("bad body"), Now).IsTransient);
    }

    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("Thu, 01 Jan 2026 12:00:10 GMT", 10.0)]
    [InlineData("Thu, 01 Jan 2026 11:00:00 GMT", 0.0)]
    public void Retry_after_reads_seconds_and_dates(string header, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterHeader.Parse(header, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-1")]
    public void Retry_after_that_is_absent_or_unreadable_is_null(string? header) =>
        Assert.Null(RetryAfterHeader.Parse(header, Now));
}
