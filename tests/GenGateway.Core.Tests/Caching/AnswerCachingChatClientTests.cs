using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.Core.Caching;

public sealed class AnswerCachingChatClientTests : IDisposable
{
    private static readonly CacheScope Alice = new("acme", "alice", ProfileVersion: 3, PersonalizationConsent: true, "ui-copy", "1.0.0");
    private readonly ServiceProvider _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();

    private HybridCache Cache => _services.GetRequiredService<HybridCache>();

    private OutputCacheEraser Eraser => field ??= new(Cache, Microsoft.Extensions.Options.Options.Create(new CacheOptions()));

    [Fact]
    public async Task An_identical_request_is_served_from_the_cache_even_with_other_spacing()
    {
        var model = new GatedChatClient("[\"one\"]", "[\"two\"]") { Gated = false };
        using var client = Layer(model);

        var first = await client.GetResponseAsync(Prompt("Write a  button\nlabel"), Options(Alice));
        var second = await client.GetResponseAsync(Prompt(" Write a button label "), Options(Alice));

        Assert.Equal("[\"one\"]", second.Text);
        Assert.False(first.AdditionalProperties?.ContainsKey(CacheTags.HitKey) == true);
        Assert.True(second.AdditionalProperties?.ContainsKey(CacheTags.HitKey) == true);
        Assert.Equal(1, model.Calls);
    }

    [Theory]
    [InlineData("tenant")]
    [InlineData("user")]
    [InlineData("profile")]
    [InlineData("consent")]
    [InlineData("prompt")]
    [InlineData("model")]
    public async Task A_different_scope_is_a_different_answer(string change)
    {
        var model = new GatedChatClient("[\"one\"]", "[\"two\"]") { Gated = false };
        using var client = Layer(model);
        var other = change switch
        {
            "tenant" => Options(Alice with { Tenant = "globex" }),
            "user" => Options(Alice with { UserId = "bob" }),
            "profile" => Options(Alice with { ProfileVersion = 4 }),
            "consent" => Options(Alice with { PersonalizationConsent = false }),
            "prompt" => Options(Alice with { PromptVersion = "1.1.0" }),
            _ => Options(Alice, modelId: "other-model"),
        };

        await client.GetResponseAsync(Prompt("Write a button label"), Options(Alice));
        var second = await client.GetResponseAsync(Prompt("Write a button label"), other);

        Assert.Equal("[\"two\"]", second.Text);
        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public async Task Erasing_the_user_drops_their_cached_answers()
    {
        var model = new GatedChatClient("[\"one\"]", "[\"two\"]") { Gated = false };
        using var client = Layer(model);
        await client.GetResponseAsync(Prompt("Write a button label"), Options(Alice));

        await Eraser.EraseUserAsync("acme", "alice");
        var after = await client.GetResponseAsync(Prompt("Write a button label"), Options(Alice));

        Assert.Equal("[\"two\"]", after.Text);
        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public async Task An_answer_generated_while_its_user_is_erased_is_never_served_from_the_cache()
    {
        var slow = new GatedChatClient("[\"before erase\"]", "[\"after erase\"]");
        using var client = Layer(slow);

        var inFlight = client.GetResponseAsync(Prompt("Write a button label"), Options(Alice));
        await WaitUntil(() => slow.Calls == 1);
        await Eraser.EraseUserAsync("acme", "alice");
        slow.Release();
        Assert.Equal("[\"before erase\"]", (await inFlight).Text);

        var after = await client.GetResponseAsync(Prompt("Write a button label"), Options(Alice));

        Assert.Equal("[\"after erase\"]", after.Text);
        Assert.False(after.AdditionalProperties?.ContainsKey(CacheTags.HitKey) == true);
        Assert.Equal(2, slow.Calls);
    }

    [Fact]
    public async Task A_caller_that_hangs_up_does_not_fail_the_others_waiting_on_the_same_load()
    {
        var slow = new GatedChatClient("[\"shared\"]");
        using var client = Layer(slow);
        using var hangsUp = new CancellationTokenSource();

        var first = client.GetResponseAsync(Prompt("Write a button label"), Options(Alice), hangsUp.Token);
        await WaitUntil(() => slow.Calls == 1);
        var second = client.GetResponseAsync(Prompt("Write a button label"), Options(Alice));
        await hangsUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        slow.Release();

        Assert.Equal("[\"shared\"]", (await second).Text);
        Assert.Equal(1, slow.Calls);
    }

    [Fact]
    public async Task Answers_the_predicate_rejects_are_not_kept()
    {
        var model = new GatedChatClient("garbage", "[\"good\"]") { Gated = false };
        using var client = Layer(model);

        var first = await client.GetResponseAsync(Prompt("Write a button label"), Options(Alice));
        var second = await client.GetResponseAsync(Prompt("Write a button label"), Options(Alice));

        Assert.Equal("garbage", first.Text);
        Assert.Equal("[\"good\"]", second.Text);
        Assert.Equal(2, model.Calls);
    }

    public void Dispose() => _services.Dispose();

    private AnswerCachingChatClient Layer(IChatClient model) =>
        new(model, "primary", Cache, new HybridCacheEntryOptions { Expiration = TimeSpan.FromHours(1), LocalCacheExpiration = TimeSpan.FromSeconds(30) },
            Eraser, response => response.Text.StartsWith('['));

    private static ChatMessage[] Prompt(string text) => [new(ChatRole.System, "You write UI copy."), new(ChatRole.User, text)];

    private static ChatOptions Options(CacheScope scope, string modelId = "fake-model") =>
        new() { ModelId = modelId, AdditionalProperties = new() { [CacheScope.OptionsKey] = scope } };

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
