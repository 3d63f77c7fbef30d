using GenGateway.Core.Configuration;
using GenGateway.Resilience.Pipelines;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace GenGateway.Core.Chat;

public sealed class ResilientChatClientTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "hi")];
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Retry_waits_as_long_as_the_providers_retry_after_asks()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Fail(ProviderFailureKind.RateLimited, TimeSpan.FromSeconds(3)), ScriptedChatClient.Answer("ok"));
        using var client = Layer(provider, new ProviderOptions { MaxRetries = 2 });

        var call = client.GetResponseAsync(Prompt);
        await WaitUntil(() => provider.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(2.9));
        await Task.Delay(50);
        Assert.Equal(1, provider.Calls);

        _time.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Equal("ok", (await call).Text);
        Assert.Equal(2, provider.Calls);
    }

    [Fact]
    public async Task Rejected_requests_are_not_repeated()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Fail(ProviderFailureKind.Rejected));
        using var client = Layer(provider, new ProviderOptions { MaxRetries = 3 });

        var ex = await Assert.ThrowsAsync<ProviderException>(() => client.GetResponseAsync(Prompt));

        Assert.Equal(ProviderFailureKind.Rejected, ex.Kind);
        Assert.Equal(1, provider.Calls);
    }

    [Fact]
    public async Task A_hanging_call_becomes_a_timeout_failure_at_the_attempt_timeout()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Hang());
        using var client = Layer(provider, new ProviderOptions { TimeoutSeconds = 5, MaxRetries = 0 });

        var call = client.GetResponseAsync(Prompt);
        await WaitUntil(() => provider.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<ProviderException>(() => call);
        Assert.Equal(ProviderFailureKind.Timeout, ex.Kind);
    }

    [Fact]
    public async Task Caller_cancellation_stays_a_cancellation()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Hang());
        using var client = Layer(provider, new ProviderOptions());
        using var cts = new CancellationTokenSource();

        var call = client.GetResponseAsync(Prompt, cancellationToken: cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, provider.Calls);
    }

    [Fact]
    public async Task An_open_circuit_fails_fast_as_circuit_open()
    {
        var provider = new ScriptedChatClient(ScriptedChatClient.Fail(ProviderFailureKind.Unavailable));
        using var client = Layer(provider, new ProviderOptions { MaxRetries = 0, BreakerMinimumThroughput = 2, BreakSeconds = 60 });

        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<ProviderException>(() => client.GetResponseAsync(Prompt));
        }

        var ex = await Assert.ThrowsAsync<ProviderException>(() => client.GetResponseAsync(Prompt));
        Assert.Equal(ProviderFailureKind.CircuitOpen, ex.Kind);
        Assert.Equal(2, provider.Calls);
    }

    [Fact]
    public void The_chain_answers_metadata_even_when_the_provider_gives_none()
    {
        using var client = Layer(new ScriptedChatClient(ScriptedChatClient.Answer("x")), new ProviderOptions());

        var metadata = client.GetService<ChatClientMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("fake-model", metadata.DefaultModelId);
    }

    private ResilientChatClient Layer(IChatClient provider, ProviderOptions options) =>
        new(provider, "fake", "fake-model", new OutboundPipelineFactory(_time).Create("chat:fake", ProviderResilience.For(options)));

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
