using GenGateway.Core.Caching;
using GenGateway.Server.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.Server.Tests.Apis;

public sealed class OutputCacheTests
{
    private const string UiCopyForUser = """
        { "userId": "u-9", "count": 3, "element": "cta", "context": { "screen": "checkout", "goal": "complete purchase" } }
        """;

    [Fact]
    public async Task Identical_request_is_served_from_cache_until_the_user_is_erased()
    {
        using var server = FakeOpenAIServer.Start();
        server.Default = FakeReply.Candidates("Pay now", "Place order", "Finish checkout");
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", server));
        using var client = factory.CreateClient();

        var first = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(UiCopyForUser)));
        var second = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(UiCopyForUser)));
        await factory.Services.GetRequiredService<OutputCacheEraser>().EraseUserAsync("default", "u-9");
        var third = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(UiCopyForUser)));

        Assert.Equal("model", first.GetProperty("source").GetString());
        Assert.Equal("cache", second.GetProperty("source").GetString());
        Assert.Equal(Requests.Texts(first), Requests.Texts(second));
        Assert.Equal("model", third.GetProperty("source").GetString());
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Garbage_answers_are_not_cached()
    {
        using var server = FakeOpenAIServer.Start();
        server.Default = FakeReply.Content("no candidates here");
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", server, maxRetries: 0));
        using var client = factory.CreateClient();

        await client.PostAsync("/v1/ui-copy", Requests.Json(UiCopyForUser));
        var requestsAfterFirst = server.Requests;
        await client.PostAsync("/v1/ui-copy", Requests.Json(UiCopyForUser));

        Assert.Equal(2 * requestsAfterFirst, server.Requests);
    }
}
