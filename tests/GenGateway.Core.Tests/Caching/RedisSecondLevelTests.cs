using GenGateway.Core.DependencyInjection;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Caching;

/// <summary>Two gateway hosts sharing a real Redis as HybridCache's second level, as two nodes would.</summary>
public sealed class RedisSecondLevelTests(RedisServer redis) : IClassFixture<RedisServer>
{
    // Short, so the test can wait past the bound instead of trusting it.
    private const double LocalTtlSeconds = 0.5;

    [Fact]
    public async Task An_answer_one_host_generated_is_served_by_the_other_from_redis()
    {
        await using var first = Host.Start(redis.Configuration, "[\"from the first host\"]");
        await using var second = Host.Start(redis.Configuration, "[\"from the second host\"]");
        var scope = Scope("shared-user");

        await first.AskAsync(scope);
        await first.WaitUntilInRedisAsync(scope);
        var answer = await second.AskAsync(scope);

        Assert.Equal("[\"from the first host\"]", answer.Text);
        Assert.True(Host.FromCache(answer));
        Assert.Equal(0, second.Model.Calls);
    }

    [Fact]
    public async Task An_erase_on_one_host_reaches_the_other_hosts_memory_within_the_local_ttl()
    {
        await using var first = Host.Start(redis.Configuration, "[\"before erase\"]", "[\"after erase, first host\"]");
        await using var second = Host.Start(redis.Configuration, "[\"after erase, second host\"]");
        var scope = Scope("erased-user");
        await first.AskAsync(scope);
        await first.WaitUntilInRedisAsync(scope);
        Assert.True(Host.FromCache(await second.AskAsync(scope))); // now also in the second host's memory

        await first.Eraser.EraseUserAsync(scope.Tenant, scope.UserId!);
        var onFirst = await first.AskAsync(scope);
        await first.WaitUntilInRedisAsync(scope);
        await Task.Delay(TimeSpan.FromSeconds(LocalTtlSeconds * 2));
        var onSecond = await second.AskAsync(scope);

        // The second host has moved on to the new mark: it shares the answer made after the erase, never the one before.
        Assert.Equal("[\"after erase, first host\"]", onFirst.Text);
        Assert.Equal("[\"after erase, first host\"]", onSecond.Text);
        Assert.Equal(0, second.Model.Calls);
    }

    [Fact]
    public async Task A_host_that_starts_after_an_erase_does_not_serve_the_erased_answer_from_redis()
    {
        await using var first = Host.Start(redis.Configuration, "[\"before erase\"]");
        var scope = Scope("erased-before-start");
        await first.AskAsync(scope);
        await first.WaitUntilInRedisAsync(scope);
        await first.Eraser.EraseUserAsync(scope.Tenant, scope.UserId!);

        await using var later = Host.Start(redis.Configuration, "[\"fresh\"]");
        var answer = await later.AskAsync(scope);

        Assert.Equal("[\"fresh\"]", answer.Text);
        Assert.Equal(1, later.Model.Calls);
    }

    private static readonly ChatMessage[] Messages = [new(ChatRole.System, "You write UI copy."), new(ChatRole.User, "Write a button label")];

    private static ChatOptions Options(CacheScope scope) =>
        new() { ModelId = "fake-model", AdditionalProperties = new() { [CacheScope.OptionsKey] = scope } };

    private static CacheScope Scope(string user) =>
        new("acme", $"{user}-{Guid.NewGuid():N}", ProfileVersion: 1, PersonalizationConsent: true, "ui-copy", "1.0.0");

    /// <summary>One gateway node: the answer cache as the gateway registers it, in front of a scripted model.</summary>
    private sealed class Host : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly AnswerCachingChatClient _client;

        private Host(ServiceProvider services, GatedChatClient model)
        {
            _services = services;
            Model = model;
            Eraser = services.GetRequiredService<OutputCacheEraser>();
            _client = new AnswerCachingChatClient(model, "primary", services.GetRequiredService<HybridCache>(),
                services.GetRequiredService<IOptions<CacheOptions>>().Value.AnswerEntryOptions(), Eraser, response => response.Text.StartsWith('['));
        }

        public GatedChatClient Model { get; }

        public OutputCacheEraser Eraser { get; }

        public static Host Start(string redis, params string[] answers)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GenGateway:Cache:Redis"] = redis,
                // Generous: on a loaded machine a timed-out Redis call would turn a shared answer into a miss.
                ["GenGateway:Cache:RedisTimeoutMilliseconds"] = "10000",
                ["GenGateway:Cache:LocalTtlSeconds"] = LocalTtlSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).Build();
            var services = new ServiceCollection().AddLogging().AddAnswerCache(configuration).BuildServiceProvider();
            return new Host(services, new GatedChatClient(answers) { Gated = false });
        }

        public static bool FromCache(ChatResponse response) => response.AdditionalProperties?.ContainsKey(CacheTags.HitKey) == true;

        public Task<ChatResponse> AskAsync(CacheScope scope) => _client.GetResponseAsync(Messages, Options(scope));

        /// <summary>
        /// HybridCache writes Redis after it has answered the caller, so a test that reads from another host first
        /// waits (bounded) until the answer is there; if it never arrives, the other host's assertions fail.
        /// </summary>
        public async Task WaitUntilInRedisAsync(CacheScope scope)
        {
            var mark = await Eraser.MarkAsync(scope.UserTag!, CancellationToken.None);
            var key = AnswerKey.For("primary", Messages, Options(scope), scope, mark);
            var redis = _services.GetRequiredService<IDistributedCache>();
            for (var i = 0; i < 200 && await redis.GetAsync(key) is null; i++)
            {
                await Task.Delay(25);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            await _services.DisposeAsync();
        }
    }
}
