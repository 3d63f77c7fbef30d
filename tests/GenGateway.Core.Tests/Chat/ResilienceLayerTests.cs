using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace GenGateway.Core.Chat;

public sealed class ResilienceLayerTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "hi")];

    [Fact]
    public async Task Retry_waits_as_long_as_retry_after_asks()
    {
        var time = new FakeTimeProvider();
        var provider = new ScriptedChatClient(ScriptedChatClient.Fail(ProviderFailureKind.RateLimited, TimeSpan.FromSeconds(3)), ScriptedChatClient.Answer("ok"));
        var client = new RetryingChatClient(provider, new ResilienceOptions { MaxRetries = 2 }, time);

        var call = client.GetResponseAsync(Prompt);
        await WaitUntil(() => provider.Calls == 1);
        time.Advance(TimeSpan.FromSeconds(2.9));
        await Task.Delay(50);
        Assert.Equal(1, provider.Calls);
        Assert.False(call.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(0.2));
        var response = await call;

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, provider.Calls);
    }

    [Fact]
    public async Task Retry_gives_up_after_max_retries_and_surfaces_the_failure()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Fail(ProviderFailureKind.Unavailable));
        var client = new RetryingChatClient(provider, new ResilienceOptions { MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1) }, TimeProvider.System);

        var ex = await Assert.ThrowsAsync<ProviderException>(() => client.GetResponseAsync(Prompt));

        Assert.Equal(ProviderFailureKind.Unavailable, ex.Kind);
        Assert.Equal(3, provider.Calls);
    }

    [Fact]
    public async Task Retry_does_not_repeat_rejected_requests()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Fail(ProviderFailureKind.Rejected));
        var client = new RetryingChatClient(provider, new ResilienceOptions { MaxRetries = 3 }, TimeProvider.System);

        await Assert.ThrowsAsync<ProviderException>(() => client.GetResponseAsync(Prompt));

        Assert.Equal(1, provider.Calls);
    }

    [Fact]
    public async Task Timeout_turns_a_hanging_call_into_a_timeout_failure()
    {
        var time = new FakeTimeProvider();
        var provider = new ScriptedChatClient(ScriptedChatClient.Hang());
        var client = new TimeoutChatClient(provider, "fake", TimeSpan.FromSeconds(5), time);

        var call = client.GetResponseAsync(Prompt);
        time.Advance(TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<ProviderException>(() => call);
        Assert.Equal(ProviderFailureKind.Timeout, ex.Kind);
    }

    [Fact]
    public async Task Caller_cancellation_stays_a_cancellation()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Hang());
        var client = new TimeoutChatClient(provider, "fake", TimeSpan.FromSeconds(30), TimeProvider.System);
        using var cts = new CancellationTokenSource();

        var call = client.GetResponseAsync(Prompt, cancellationToken: cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_failures_and_fails_fast()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Fail(ProviderFailureKind.Unavailable));
        var options = new ResilienceOptions { BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5, BreakDuration = TimeSpan.FromMinutes(1) };
        var client = new CircuitBreakingChatClient(provider, "fake", options, TimeProvider.System);

        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<ProviderException>(() => client.GetResponseAsync(Prompt));
        }

        var ex = await Assert.ThrowsAsync<ProviderException>(() => client.GetResponseAsync(Prompt));
        Assert.Equal(ProviderFailureKind.CircuitOpen, ex.Kind);
        Assert.Equal(2, provider.Calls);
    }

    [Fact]
    public void Builder_puts_the_first_layer_outermost()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Answer("x"));

        var client = new ChatPipelineBuilder(provider)
            .UseResilience("fake", new ResilienceOptions(), TimeProvider.System)
            .Build();

        Assert.IsType<RetryingChatClient>(client);
        Assert.IsType<CircuitBreakingChatClient>(((DelegatingChatClient)client).GetService(typeof(CircuitBreakingChatClient)));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
