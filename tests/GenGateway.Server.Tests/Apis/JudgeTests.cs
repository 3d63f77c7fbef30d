using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Apis;

/// <summary>The optional LLM judge (GenGateway:Judge:Provider) on its own fake server.</summary>
public sealed class JudgeTests : IDisposable
{
    private const string Brief = """
        { "count": 1, "tone": "friendly",
          "brief": { "product": "winter coats", "offer": "20% off", "facts": ["Sale ends Sunday"] } }
        """;

    private readonly FakeOpenAIServer _model = FakeOpenAIServer.Start();
    private readonly FakeOpenAIServer _judge = FakeOpenAIServer.Start();

    public void Dispose()
    {
        _model.Dispose();
        _judge.Dispose();
    }

    [Fact]
    public async Task Judge_holds_back_a_candidate_the_deterministic_checks_released()
    {
        _model.Default = FakeReply.Candidates("Winter coats: 20% off until Sunday");
        _judge.Default = FakeReply.Content("""{"score": 2, "reason": "implies the sale covers all coats"}""");
        using var client = Create().CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines?explain=true", Requests.Json(Brief)));

        Assert.All(json.GetProperty("candidates").EnumerateArray(), c => Assert.Equal("rejected", c.GetProperty("decision").GetString()));
        var candidate = json.GetProperty("candidates")[0];
        Assert.Equal(0.25, candidate.GetProperty("scores").GetProperty("judge-grounding").GetDouble());
        Assert.Contains(candidate.GetProperty("reasons").EnumerateArray(), r => r.GetString() == "judge-grounding: implies the sale covers all coats");
        Assert.Contains("judge", _judge.Bodies[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Winter coats: 20% off until Sunday", _judge.Bodies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_approval_adds_its_scores()
    {
        _model.Default = FakeReply.Candidates("Winter coats: 20% off until Sunday");
        _judge.Default = FakeReply.Content("Here is my verdict:\n```json\n{\"score\": 5, \"reason\": \"all supported\"}\n```");
        using var client = Create().CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines", Requests.Json(Brief)));

        var scores = Assert.Single(json.GetProperty("candidates").EnumerateArray()).GetProperty("scores");
        Assert.Equal(1.0, scores.GetProperty("judge-grounding").GetDouble());
        Assert.Equal(1.0, scores.GetProperty("judge-tone").GetDouble());
        Assert.Equal(1.0, scores.GetProperty("grounding").GetDouble());
    }

    [Fact]
    public async Task Judge_never_sees_or_releases_what_the_deterministic_checks_rejected()
    {
        _model.Default = FakeReply.Candidates("50% off winter coats");
        _judge.Default = FakeReply.Content("""{"score": 5, "reason": "fine"}""");
        using var client = Create().CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines", Requests.Json(Brief)));

        Assert.DoesNotContain(Requests.Texts(json), t => t.Contains("50%", StringComparison.Ordinal));
        Assert.DoesNotContain(_judge.Bodies, b => b.Contains("50% off winter coats", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_judge_leaves_the_deterministic_verdict()
    {
        _model.Default = FakeReply.Candidates("Winter coats: 20% off until Sunday");
        _judge.Default = FakeReply.Error(500);
        using var client = Create().CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines", Requests.Json(Brief)));

        var candidate = Assert.Single(json.GetProperty("candidates").EnumerateArray());
        Assert.Equal("released", candidate.GetProperty("decision").GetString());
        Assert.False(candidate.GetProperty("scores").TryGetProperty("judge-grounding", out _));
    }

    [Fact]
    public async Task A_judge_without_its_rubric_prompts_stops_startup_naming_them()
    {
        var prompts = Directory.CreateTempSubdirectory("prompts-no-judge").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "prompts"), "*.yaml")
                     .Where(f => !Path.GetFileName(f).StartsWith("judge-", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(prompts, Path.GetFileName(file)));
        }

        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(
            GatewayFactory.Provider("judge", _judge),
            new Dictionary<string, string?> { ["GenGateway:Judge:Provider"] = "judge", ["GenGateway:PromptsDirectory"] = prompts }));

        var ex = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("GenGateway:Judge:Provider", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'judge-groundedness'", ex.Message, StringComparison.Ordinal);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Create() => GatewayFactory.Create(GatewayFactory.Merge(
        GatewayFactory.Provider("primary", _model),
        GatewayFactory.Provider("judge", _judge, maxRetries: 0),
        new Dictionary<string, string?>
        {
            ["GenGateway:ProviderOrder:0"] = "primary",
            ["GenGateway:Judge:Provider"] = "judge",
            ["GenGateway:RulesFallback"] = "false",
        }));
}
