using System.Net;
using System.Text.Json;
using GenGateway.Server.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Tests.Apis;

/// <summary>The brief says "20% off winter coats, ends Sunday"; whatever the model answers, nothing false is released.</summary>
public sealed class GuardrailEvaluationTests : IDisposable
{
    private const string WinterBrief = """
        { "count": 2, "tone": "friendly", "maxLength": 60,
          "brief": { "campaign": "Winter sale", "product": "winter coats", "offer": "20% off", "facts": ["Sale ends Sunday"] } }
        """;

    private readonly FakeOpenAIServer _model = FakeOpenAIServer.Start();

    public void Dispose() => _model.Dispose();

    [Theory]
    [InlineData("50% off winter coats this week", "grounding.percent")]
    [InlineData("Winter coats with free shipping", "grounding.promise")]
    [InlineData("20% off winter coats, ends Monday", "grounding.weekday")]
    [InlineData("Winter coats from just $49", "grounding.money")]
    [InlineData("Questions? Mail anna.smith@mail.example", "policy.pii")]
    [InlineData("Use only facts from the brief: never invent prices", "policy.prompt-echo")]
    [InlineData("Winter coats 20% off, you idiot", "tone.impolite")]
    public async Task Never_releases_a_false_or_unsafe_candidate(string invented, string code)
    {
        _model.Default = FakeReply.Candidates(invented);
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(GatewayFactory.Provider("primary", _model), NoRules));
        using var client = factory.CreateClient();

        var plain = await Post(client, "/v1/subject-lines", WinterBrief);
        var explained = await Post(client, "/v1/subject-lines?explain=true", WinterBrief);

        Assert.Empty(Requests.Texts(plain));
        Assert.Equal("no-safe-candidate", plain.GetProperty("noSuggestionReason").GetString());
        var rejected = explained.GetProperty("candidates").EnumerateArray().ToList();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, c =>
        {
            Assert.Equal("rejected", c.GetProperty("decision").GetString());
            Assert.Equal(invented, c.GetProperty("text").GetString());
            Assert.Contains(c.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith(code, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Rejects_the_wrong_tone_and_releases_the_right_one_with_scores()
    {
        _model.Enqueue(FakeReply.Candidates("hey dude, gonna love these winter coats lol", "Winter sale: winter coats are 20% off until Sunday"));
        _model.Default = FakeReply.Candidates("50% off winter coats");
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(GatewayFactory.Provider("primary", _model), NoRules));
        using var client = factory.CreateClient();

        var json = await Post(client, "/v1/subject-lines?explain=true", WinterBrief.Replace("\"friendly\"", "\"formal\"", StringComparison.Ordinal));

        var candidates = json.GetProperty("candidates").EnumerateArray().ToList();
        var released = Assert.Single(candidates, c => c.GetProperty("decision").GetString() == "released");
        Assert.Equal("Winter sale: winter coats are 20% off until Sunday", released.GetProperty("text").GetString());
        var scores = released.GetProperty("scores");
        Assert.Equal(1.0, scores.GetProperty("grounding").GetDouble());
        Assert.True(scores.GetProperty("tone").GetDouble() >= 0.6);
        Assert.Equal(1.0, scores.GetProperty("policy").GetDouble());
        var casual = Assert.Single(candidates, c => c.GetProperty("text").GetString()!.StartsWith("hey dude", StringComparison.Ordinal));
        Assert.Equal("rejected", casual.GetProperty("decision").GetString());
        Assert.Contains(casual.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("tone.too-casual", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Regenerates_with_the_reasons_and_releases_the_grounded_answer()
    {
        _model.Enqueue(FakeReply.Candidates("50% off winter coats", "Winter coats with free shipping"), FakeReply.Candidates("Winter coats: 20% off until Sunday", "Winter sale: 20% off coats"));
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(GatewayFactory.Provider("primary", _model), NoRules));
        using var client = factory.CreateClient();

        var json = await Post(client, "/v1/subject-lines", WinterBrief);

        Assert.Equal(["Winter coats: 20% off until Sunday", "Winter sale: 20% off coats"], Requests.Texts(json));
        var feedback = _model.Bodies[^1];
        Assert.Contains("grounding.percent", feedback, StringComparison.Ordinal);
        Assert.Contains("grounding.promise", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repairs_form_findings_and_says_so()
    {
        _model.Default = FakeReply.Candidates("WINTER coats: 20% off until Sunday!!! ❄️");
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(GatewayFactory.Provider("primary", _model), NoRules, new Dictionary<string, string?>
        {
            ["GenGateway:Guardrail:Tenants:default:EmojiAllowed"] = "false",
        }));
        using var client = factory.CreateClient();

        var json = await Post(client, "/v1/subject-lines", WinterBrief);

        var candidate = Assert.Single(json.GetProperty("candidates").EnumerateArray());
        Assert.Equal("repaired", candidate.GetProperty("decision").GetString());
        Assert.Equal("Winter coats: 20% off until Sunday!", candidate.GetProperty("text").GetString());
        Assert.Contains(candidate.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("policy.emoji", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Applies_the_tenants_competitors_and_banned_phrases()
    {
        _model.Default = FakeReply.Candidates("Warmer than Globex: 20% off winter coats", "A blowout: 20% off winter coats");
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(GatewayFactory.Provider("primary", _model), NoRules, new Dictionary<string, string?>
        {
            ["GenGateway:Guardrail:Tenants:default:Competitors:0"] = "Globex",
            ["GenGateway:Guardrail:Tenants:default:BannedPhrases:0"] = "blowout",
        }));
        using var client = factory.CreateClient();

        var json = await Post(client, "/v1/subject-lines?explain=true", WinterBrief);

        var reasons = json.GetProperty("candidates").EnumerateArray().SelectMany(c => c.GetProperty("reasons").EnumerateArray()).Select(r => r.GetString()!).ToList();
        Assert.All(json.GetProperty("candidates").EnumerateArray(), c => Assert.Equal("rejected", c.GetProperty("decision").GetString()));
        Assert.Contains(reasons, r => r.StartsWith("policy.competitor", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("policy.banned-phrase", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rule_output_passes_the_same_evals()
    {
        _model.Default = FakeReply.Candidates("50% off winter coats");
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _model));
        using var client = factory.CreateClient();

        var json = await Post(client, "/v1/subject-lines", WinterBrief);

        Assert.Equal("rules", json.GetProperty("source").GetString());
        Assert.NotEmpty(Requests.Texts(json));
        Assert.All(json.GetProperty("candidates").EnumerateArray(), c =>
        {
            Assert.Equal(1.0, c.GetProperty("scores").GetProperty("grounding").GetDouble());
            Assert.DoesNotContain("50%", c.GetProperty("text").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_smart_reply_may_name_the_weekday_of_a_date_in_the_thread()
    {
        _model.Default = FakeReply.Candidates("Sure, Thursday at 3pm works", "Sorry, Friday at 3pm works better");
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(GatewayFactory.Provider("primary", _model), NoRules));
        using var client = factory.CreateClient();

        // 2026-11-20 is a Friday: the thread's own date supports "Friday"; "3pm" and "Thursday" are in the message.
        var json = await Post(client, "/v1/smart-replies?explain=true", Requests.SmartReplies);

        Assert.All(json.GetProperty("candidates").EnumerateArray(), c => Assert.NotEqual("rejected", c.GetProperty("decision").GetString()));
    }

    [Theory]
    [InlineData("GenGateway:Guardrail:Thresholds:Grounding", "1.5", "GenGateway:Guardrail:Thresholds:Grounding")]
    [InlineData("GenGateway:Guardrail:Tasks:newsletters:Tone", "0.5", "GenGateway:Guardrail:Tasks:newsletters")]
    [InlineData("GenGateway:Guardrail:Tenants:acme:MaxEmoji", "-1", "GenGateway:Guardrail:Tenants:acme:MaxEmoji")]
    [InlineData("GenGateway:Judge:Provider", "nowhere", "GenGateway:Judge:Provider")]
    public async Task Invalid_guardrail_settings_stop_startup_naming_the_key(string key, string value, string named)
    {
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?> { [key] = value });

        var ex = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> NoRules => new() { ["GenGateway:RulesFallback"] = "false" };

    private static async Task<JsonElement> Post(HttpClient client, string path, string body)
    {
        using var response = await client.PostAsync(path, Requests.Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Requests.ReadJson(response);
    }
}
