using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Apis;

public sealed class GuardrailTests
{
    [Fact]
    public async Task Rejected_candidates_are_never_released_and_the_reasons_go_back_to_the_model()
    {
        using var server = FakeOpenAIServer.Start();
        server.Enqueue(
            FakeReply.Candidates("Cheap winter coats!", "Winter coats, 20% off", "Our coats: 20% off"),
            FakeReply.Candidates("20% off coats, ends Sunday"));
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", server));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines?explain=true", Requests.Json(Requests.SubjectLines)));

        var candidates = json.GetProperty("candidates").EnumerateArray().ToList();
        var released = candidates.Where(c => c.GetProperty("decision").GetString() != "rejected").Select(c => c.GetProperty("text").GetString()).ToList();
        var rejected = Assert.Single(candidates, c => c.GetProperty("decision").GetString() == "rejected");
        Assert.Equal(["Winter coats, 20% off", "Our coats: 20% off", "20% off coats, ends Sunday"], released);
        Assert.Equal("Cheap winter coats!", rejected.GetProperty("text").GetString());
        Assert.Contains("cheap", rejected.GetProperty("reasons")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("rejected", server.Bodies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_explain_only_released_candidates_come_back()
    {
        using var server = FakeOpenAIServer.Start();
        server.Default = FakeReply.Candidates("Cheap coats", "Cheap deals", "Cheap stuff");
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", server));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines", Requests.Json(Requests.SubjectLines)));

        Assert.Equal("rules", json.GetProperty("source").GetString());
        Assert.All(Requests.Texts(json), t => Assert.DoesNotContain("cheap", t, StringComparison.OrdinalIgnoreCase));
    }
}
