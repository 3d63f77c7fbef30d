using System.Net;
using System.Text.Json;
using GenGateway.Server.Tests.Apis;
using GenGateway.Server.Tests.Auth;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Health;

public sealed class ReadinessTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task Readiness_reports_the_configured_rules_fallback(string setting, bool expected)
    {
        using var model = FakeOpenAIServer.Start();
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(
            GatewayFactory.Provider("primary", model),
            new Dictionary<string, string?> { ["GenGateway:RulesFallback"] = setting }));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/readyz");
        var json = await Requests.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", json.GetProperty("status").GetString());
        Assert.Equal(expected, json.GetProperty("rulesFallback").GetBoolean());
        Assert.True(json.GetProperty("modelProviders").GetBoolean());
        Assert.Contains("ui-copy", json.GetProperty("prompts").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task The_vector_store_detail_with_its_path_is_shown_only_to_a_caller_with_a_key()
    {
        var data = Directory.CreateTempSubdirectory("gengateway-ready").FullName;
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(
            ApiKeys.Key(0, "ops", "acme", "generate"),
            new Dictionary<string, string?> { ["GenGateway:DataDirectory"] = data }));
        using var client = factory.CreateClient();

        var anonymous = await client.GetStringAsync("/readyz");
        using var keyed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/readyz").With("ops"));
        var withKey = await keyed.Content.ReadAsStringAsync();

        Assert.DoesNotContain(data, anonymous, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(anonymous).RootElement.GetProperty("vectorStore").GetProperty("detail").ValueKind);
        Assert.Equal("embedded", JsonDocument.Parse(anonymous).RootElement.GetProperty("vectorStore").GetProperty("backend").GetString());
        Assert.Contains(data, JsonDocument.Parse(withKey).RootElement.GetProperty("vectorStore").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
