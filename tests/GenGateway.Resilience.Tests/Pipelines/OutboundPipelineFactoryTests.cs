using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace GenGateway.Resilience.Pipelines;

public sealed class OutboundPipelineFactoryTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Retry_waits_as_long_as_retry_after_asks()
    {
        var call = new ScriptedCall(ScriptedCall.Throw(new ScriptedFailure(true, TimeSpan.FromSeconds(3))), ScriptedCall.Answer("ok"));
        var pipeline = Factory().Create("chat", new OutboundResilienceOptions { MaxRetries = 2 });

        var result = pipeline.ExecuteAsync(call.InvokeAsync).AsTask();
        await WaitUntil(() => call.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(2.9));
        await Task.Delay(50);
        Assert.Equal(1, call.Calls);
        Assert.False(result.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Equal("ok", await result);
        Assert.Equal(2, call.Calls);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_cap_surfaces_at_once_instead_of_retrying_early()
    {
        var call = new ScriptedCall(ScriptedCall.Throw(new ScriptedFailure(true, TimeSpan.FromMinutes(5))), ScriptedCall.Answer("ok"));
        var pipeline = Factory().Create("chat", new OutboundResilienceOptions { MaxRetries = 2, MaxRetryDelay = TimeSpan.FromSeconds(10) });

        await Assert.ThrowsAsync<ScriptedFailure>(() => pipeline.ExecuteAsync(call.InvokeAsync).AsTask());

        Assert.Equal(1, call.Calls);
    }

    [Fact]
    public async Task Back_off_never_waits_longer_than_the_cap()
    {
        // A 1-minute base delay would wait minutes; the 1-second cap bounds every wait, so advancing 1 s per retry suffices.
        var failure = ScriptedCall.Throw(new HttpRequestException("refused"));
        var call = new ScriptedCall(failure, failure, failure, ScriptedCall.Answer("ok"));
        var pipeline = Factory().Create("embeddings", new OutboundResilienceOptions
        {
            MaxRetries = 3, RetryBaseDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromSeconds(1),
        });

        var result = pipeline.ExecuteAsync(call.InvokeAsync).AsTask();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await WaitUntil(() => call.Calls == attempt);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal("ok", await result);
        Assert.Equal(4, call.Calls);
    }

    [Fact]
    public async Task Transient_failures_are_retried_up_to_the_limit_then_surface()
    {
        var call = new ScriptedCall(ScriptedCall.Throw(new HttpRequestException("bad gateway", null, HttpStatusCode.BadGateway)));
        var pipeline = new OutboundPipelineFactory(TimeProvider.System).Create("qdrant", new OutboundResilienceOptions
        {
            MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });

        await Assert.ThrowsAsync<HttpRequestException>(() => pipeline.ExecuteAsync(call.InvokeAsync).AsTask());

        Assert.Equal(3, call.Calls);
    }

    [Fact]
    public async Task Permanent_failures_are_not_retried()
    {
        var call = new ScriptedCall(ScriptedCall.Throw(new HttpRequestException("unauthorized", null, HttpStatusCode.Unauthorized)));
        var pipeline = Factory().Create("embeddings", new OutboundResilienceOptions { MaxRetries = 3 });

        await Assert.ThrowsAsync<HttpRequestException>(() => pipeline.ExecuteAsync(call.InvokeAsync).AsTask());

        Assert.Equal(1, call.Calls);
    }

    [Fact]
    public async Task A_hanging_attempt_is_abandoned_at_the_attempt_timeout_and_retried()
    {
        var call = new ScriptedCall(ScriptedCall.Hang(), ScriptedCall.Answer("ok"));
        var pipeline = Factory().Create("chat", new OutboundResilienceOptions
        {
            AttemptTimeout = TimeSpan.FromSeconds(5), MaxRetries = 1, RetryBaseDelay = TimeSpan.Zero,
        });

        var result = pipeline.ExecuteAsync(call.InvokeAsync).AsTask();
        await WaitUntil(() => call.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("ok", await result);
        Assert.Equal(2, call.Calls);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_retried_and_stays_a_cancellation()
    {
        var call = new ScriptedCall(ScriptedCall.Hang());
        var pipeline = Factory().Create("chat", new OutboundResilienceOptions { MaxRetries = 3 });
        using var cts = new CancellationTokenSource();

        var result = pipeline.ExecuteAsync(call.InvokeAsync, cts.Token).AsTask();
        await WaitUntil(() => call.Calls == 1);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => result);
        Assert.Equal(1, call.Calls);
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_transient_failures_and_then_fails_fast()
    {
        var call = new ScriptedCall(ScriptedCall.Throw(new HttpRequestException("refused")));
        var pipeline = Factory().Create("chat", new OutboundResilienceOptions
        {
            MaxRetries = 0,
            CircuitBreaker = new CircuitBreakerSettings { MinimumThroughput = 2, FailureRatio = 0.5, BreakDuration = TimeSpan.FromMinutes(1) },
        });

        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => pipeline.ExecuteAsync(call.InvokeAsync).AsTask());
        }

        await Assert.ThrowsAsync<BrokenCircuitException>(() => pipeline.ExecuteAsync(call.InvokeAsync).AsTask());
        Assert.Equal(2, call.Calls);

        _time.Advance(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<HttpRequestException>(() => pipeline.ExecuteAsync(call.InvokeAsync).AsTask());
        Assert.Equal(3, call.Calls);
    }

    private OutboundPipelineFactory Factory() => new(_time);

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
