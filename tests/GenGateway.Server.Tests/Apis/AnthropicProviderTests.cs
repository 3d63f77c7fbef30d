using System.Net;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Apis;

public sealed class AnthropicProviderTests
{
    [Fact]
    public async Task Anthropic_provider_returns_its_candidates_through_the_sdk()
    {
        using var server = FakeOpenAIServer.Start();
        server.Enqueue(FakeReply.AnthropicCandidates("Pay now", "Place order", "Finish checkout"));
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?>
        {
            ["ANTHROPIC_API_KEY"] = "sk-ant-test",
            ["ANTHROPIC_BASE_URL"] = server.Root,
            ["ANTHROPIC_MODEL"] = "claude-test",
        });
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Requests.ReadJson(response);
        Assert.Equal("claude-test", json.GetProperty("model").GetString());
        Assert.Equal(["Pay now", "Place order", "Finish checkout"], Requests.Texts(json));
        var sent = Assert.Single(server.Bodies);
        Assert.Contains("\"system\"", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anthropic_overload_is_retried_then_fails_over_to_the_next_provider()
    {
        using var anthropic = FakeOpenAIServer.Start();
        using var openai = FakeOpenAIServer.Start();
        anthropic.Default = FakeReply.Error(529);
        openai.Enqueue(FakeReply.Candidates("Pay now", "Place order", "Finish checkout"));
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(
            GatewayFactory.Provider("backup", openai),
            new Dictionary<string, string?>
            {
                ["GenGateway:Providers:claude:Type"] = "anthropic",
                ["GenGateway:Providers:claude:Model"] = "claude-test",
                ["GenGateway:Providers:claude:ApiKey"] = "sk-ant-test",
                ["GenGateway:Providers:claude:BaseUrl"] = anthropic.Root,
                ["GenGateway:Providers:claude:MaxRetries"] = "1",
                ["GenGateway:Providers:claude:RetryBaseDelayMilliseconds"] = "10",
                ["GenGateway:Tasks:ui-copy:Providers:0"] = "claude",
                ["GenGateway:Tasks:ui-copy:Providers:1"] = "backup",
            }));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        Assert.Equal("backup-model", json.GetProperty("model").GetString());
        Assert.Equal(2, anthropic.Requests);
    }
}
