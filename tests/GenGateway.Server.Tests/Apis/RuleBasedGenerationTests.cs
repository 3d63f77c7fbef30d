using System.Net;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Apis;

public sealed class RuleBasedGenerationTests
{
    [Theory]
    [InlineData("/v1/subject-lines", Requests.SubjectLines)]
    [InlineData("/v1/smart-replies", Requests.SmartReplies)]
    [InlineData("/v1/ui-copy", Requests.UiCopy)]
    public async Task Answers_every_task_from_rules_when_no_model_is_configured(string path, string body)
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(path, Requests.Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Requests.ReadJson(response);
        Assert.Equal("rules", json.GetProperty("source").GetString());
        Assert.Equal(3, Requests.Texts(json).Distinct().Count());
        Assert.True(json.GetProperty("personalization").GetProperty("coldStart").GetBoolean());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("prompt").GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Offers_no_smart_reply_to_a_newsletter_and_says_why()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/smart-replies", Requests.Json("""
            { "thread": [ { "from": "news@shop.example", "text": "Our winter picks are here. Unsubscribe at any time." } ] }
            """));

        var json = await Requests.ReadJson(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Requests.Texts(json));
        Assert.Equal("automated-sender", json.GetProperty("noSuggestionReason").GetString());
    }

    [Fact]
    public async Task Serves_health_readiness_and_openapi()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/v1/subject-lines", openApi, StringComparison.Ordinal);
        Assert.Contains("/v1/smart-replies", openApi, StringComparison.Ordinal);
        Assert.Contains("/v1/ui-copy", openApi, StringComparison.Ordinal);
        Assert.Contains("SubjectLineRequest", openApi, StringComparison.Ordinal);
    }
}
