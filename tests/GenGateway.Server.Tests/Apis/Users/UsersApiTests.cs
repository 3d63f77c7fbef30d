using System.Net;
using System.Text.Json;
using GenGateway.Core.Tasks.Replies;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Apis.Users;

public sealed class UsersApiTests : IDisposable
{
    private readonly FakeOpenAIServer _model = FakeOpenAIServer.Start();

    public void Dispose() => _model.Dispose();

    [Fact]
    public async Task A_new_user_is_ingested_profiled_personalized_exported_and_erased()
    {
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _model));
        using var client = factory.CreateClient();

        using var ingested = await client.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.CasualHistory()));
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        var counts = await Requests.ReadJson(ingested);
        Assert.Equal((4, 0, 0), (counts.GetProperty("accepted").GetInt32(), counts.GetProperty("duplicates").GetInt32(), counts.GetProperty("rejected").GetInt32()));

        var profile = await Requests.ReadJson(await client.GetAsync("/v1/users/ann/profile"));
        Assert.Equal(4, profile.GetProperty("version").GetInt64());
        Assert.False(profile.GetProperty("coldStart").GetBoolean());
        Assert.Equal("casual", profile.GetProperty("traits").GetProperty("formality").GetString());
        Assert.Equal(4, profile.GetProperty("evidence").GetProperty("formality").GetInt32());

        _model.Enqueue(FakeReply.Candidates("Sure, 3pm Thursday works 👍", "Can't do Thursday, sorry!", "Let me check my calendar"));
        var personalized = await Requests.ReadJson(await client.PostAsync("/v1/smart-replies", Requests.Json(UserBodies.SmartReply("ann"))));
        var block = personalized.GetProperty("personalization");
        Assert.Equal("model", personalized.GetProperty("source").GetString());
        Assert.False(block.GetProperty("coldStart").GetBoolean());
        Assert.Equal(4, block.GetProperty("profileVersion").GetInt64());
        Assert.Contains("formality", Strings(block.GetProperty("traitsUsed")));
        Assert.Equal(3, block.GetProperty("examples").GetInt32());
        var prompt = _model.Bodies[^1];
        Assert.Contains("formality: casual", prompt, StringComparison.Ordinal);
        Assert.Contains("Thursday at 3pm works for me", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("ann.lee@example.com", prompt, StringComparison.Ordinal);

        using var consent = await client.PutAsync("/v1/users/ann/consent", Requests.Json("""{ "personalization": false }"""));
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        _model.Enqueue(FakeReply.Candidates("Sure, Thursday at 3pm works.", "Sorry, Thursday does not work.", "Let me check my calendar."));
        var generic = (await Requests.ReadJson(await client.PostAsync("/v1/smart-replies", Requests.Json(UserBodies.SmartReply("ann"))))).GetProperty("personalization");
        Assert.True(generic.GetProperty("coldStart").GetBoolean());
        Assert.Empty(Strings(generic.GetProperty("traitsUsed")));
        Assert.Equal(0, generic.GetProperty("examples").GetInt32());
        Assert.Contains("No history for this user", _model.Bodies[^1], StringComparison.Ordinal);

        var export = await Requests.ReadJson(await client.GetAsync("/v1/users/ann/export"));
        var events = export.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(4, events.Count);
        Assert.False(export.GetProperty("consent").GetProperty("personalization").GetBoolean());
        var exportedText = export.GetRawText();
        Assert.Contains("[EMAIL]", exportedText, StringComparison.Ordinal);
        Assert.Contains("[PHONE]", exportedText, StringComparison.Ordinal);
        Assert.DoesNotContain("ann.lee@example.com", exportedText, StringComparison.Ordinal);
        Assert.DoesNotContain("867-5309", exportedText, StringComparison.Ordinal);

        using var erased = await client.DeleteAsync("/v1/users/ann");
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        var after = await Requests.ReadJson(await client.GetAsync("/v1/users/ann/export"));
        Assert.Empty(after.GetProperty("events").EnumerateArray());
        Assert.True(after.GetProperty("profile").GetProperty("coldStart").GetBoolean());
        Assert.Equal(0, after.GetProperty("profile").GetProperty("version").GetInt64());
        Assert.True(after.GetProperty("consent").GetProperty("personalization").GetBoolean());
    }

    [Fact]
    public async Task Replaying_a_batch_is_idempotent()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        await client.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.CasualHistory()));
        var replay = await Requests.ReadJson(await client.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.CasualHistory())));

        Assert.Equal(0, replay.GetProperty("accepted").GetInt32());
        Assert.Equal(4, replay.GetProperty("duplicates").GetInt32());
        Assert.Equal(4, replay.GetProperty("profileVersion").GetInt64());
        var export = await Requests.ReadJson(await client.GetAsync("/v1/users/ann/export"));
        Assert.Equal(4, export.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Rule_based_smart_replies_follow_the_users_register()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();
        await client.PostAsync("/v1/users/casual-ann/events", Requests.Json(UserBodies.CasualHistory()));
        await client.PostAsync("/v1/users/formal-bob/events", Requests.Json(UserBodies.FormalHistory()));

        var casual = await Requests.ReadJson(await client.PostAsync("/v1/smart-replies", Requests.Json(UserBodies.SmartReply("casual-ann"))));
        var formal = await Requests.ReadJson(await client.PostAsync("/v1/smart-replies", Requests.Json(UserBodies.SmartReply("formal-bob"))));
        var stranger = await Requests.ReadJson(await client.PostAsync("/v1/smart-replies", Requests.Json(UserBodies.SmartReply("stranger"))));

        Assert.Equal("rules", casual.GetProperty("source").GetString());
        Assert.NotEmpty(Requests.Texts(casual));
        Assert.All(Requests.Texts(casual), t => Assert.True(t.EndsWith(" 🙂", StringComparison.Ordinal) || t.EndsWith(" 🙏", StringComparison.Ordinal), t));
        Assert.Equal(["formality", "emoji"], Strings(casual.GetProperty("personalization").GetProperty("traitsUsed")));
        Assert.Equal(0, casual.GetProperty("personalization").GetProperty("examples").GetInt32());
        var casualRegister = VettedReplySet.BuiltIn.Where(r => r.Register == VettedReply.Casual).Select(r => r.Text).ToHashSet();
        Assert.NotEmpty(Requests.Texts(formal));
        Assert.DoesNotContain(Requests.Texts(formal), casualRegister.Contains);
        Assert.Equal(["formality"], Strings(formal.GetProperty("personalization").GetProperty("traitsUsed")));
        Assert.True(stranger.GetProperty("personalization").GetProperty("coldStart").GetBoolean());
        Assert.Empty(Strings(stranger.GetProperty("personalization").GetProperty("traitsUsed")));
    }

    [Fact]
    public async Task Bad_events_are_reported_by_path_and_good_ones_kept()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();
        var body = UserBodies.Batch(UserBodies.Sent("ok", "hello there"), new { id = "x", type = "liked", text = "hi", occurredAt = "2026-10-01T00:00:00Z" });

        using var response = await client.PostAsync("/v1/users/ann/events", Requests.Json(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await Requests.ReadJson(response);
        Assert.Equal(1, json.GetProperty("rejected").GetInt32());
        Assert.Equal("events[1].type", json.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("""{ "events": [ { "id": "x", "type": "liked", "text": "hi", "occurredAt": "2026-10-01T00:00:00Z" } ] }""", "events[0].type")]
    [InlineData("""{ "events": [] }""", "events")]
    [InlineData("""{ "events": [ { "id": "x", "type": "message_sent", "text": 5, "occurredAt": "2026-10-01T00:00:00Z" } ] }""", "events[0].text")]
    [InlineData("""{ "events": [ { "id": "x", "type": "message_sent", "text": "hi" } ] }""", "events[0].occurredAt")]
    public async Task A_batch_with_nothing_usable_is_a_400_with_field_errors(string body, string field)
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/users/ann/events", Requests.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Requests.ReadJson(response);
        Assert.Equal("urn:gengateway:problem:validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Batch_and_body_limits_answer_400_and_413()
    {
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?>
        {
            ["GenGateway:Profiles:MaxBatchSize"] = "2",
            ["GenGateway:Profiles:MaxRequestBodyBytes"] = "2000",
        });
        using var client = factory.CreateClient();

        using var tooMany = await client.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.Batch(UserBodies.Sent("a", "x"), UserBodies.Sent("b", "y"), UserBodies.Sent("c", "z"))));
        using var tooBig = await client.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.Batch(UserBodies.Sent("a", new string('x', 3000)))));

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("MaxBatchSize", (await Requests.ReadJson(tooMany)).GetProperty("errors").GetProperty("events")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        var problem = await Requests.ReadJson(tooBig);
        Assert.Equal("urn:gengateway:problem:payload-too-large", problem.GetProperty("type").GetString());
        Assert.Contains("GenGateway:Profiles:MaxRequestBodyBytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_needs_a_boolean()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var missing = await client.PutAsync("/v1/users/ann/consent", Requests.Json("{}"));
        using var wrongType = await client.PutAsync("/v1/users/ann/consent", Requests.Json("""{ "personalization": "no" }"""));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await Requests.ReadJson(missing)).GetProperty("errors").TryGetProperty("personalization", out _));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
    }

    [Fact]
    public async Task User_endpoints_need_the_profiles_scope_and_stay_within_the_tenant()
    {
        var settings = new Dictionary<string, string?>();
        AddKey(settings, 0, "generate-only", "acme", "generate");
        AddKey(settings, 1, "acme-profiles", "acme", "profiles");
        AddKey(settings, 2, "globex-profiles", "globex", "profiles");
        await using var factory = GatewayFactory.Create(settings);
        using var client = factory.CreateClient();

        using var forbidden = await Send(client, HttpMethod.Get, "/v1/users/ann/profile", "generate-only");
        using var ingested = await Send(client, HttpMethod.Post, "/v1/users/ann/events", "acme-profiles", UserBodies.CasualHistory());
        using var otherTenant = await Send(client, HttpMethod.Get, "/v1/users/ann/export", "globex-profiles");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("urn:gengateway:problem:forbidden", (await Requests.ReadJson(forbidden)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        Assert.Empty((await Requests.ReadJson(otherTenant)).GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task Readiness_reports_the_vector_store_and_openapi_describes_the_user_endpoints()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        var ready = await Requests.ReadJson(await client.GetAsync("/readyz"));
        var openApi = await client.GetStringAsync("/openapi/v1.json");

        Assert.True(ready.GetProperty("vectorStore").GetProperty("healthy").GetBoolean());
        Assert.Equal("embedded", ready.GetProperty("vectorStore").GetProperty("backend").GetString());
        foreach (var path in new[] { "/v1/users/{userId}/events", "/v1/users/{userId}/profile", "/v1/users/{userId}/consent", "/v1/users/{userId}/export", "/v1/users/{userId}" })
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }

        Assert.Contains("EventBatch", openApi, StringComparison.Ordinal);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static void AddKey(Dictionary<string, string?> settings, int index, string key, string tenant, string scope)
    {
        settings[$"GenGateway:Auth:Keys:{index}:Name"] = key;
        settings[$"GenGateway:Auth:Keys:{index}:Tenant"] = tenant;
        settings[$"GenGateway:Auth:Keys:{index}:Sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
        settings[$"GenGateway:Auth:Keys:{index}:Scopes:0"] = scope;
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string key, string? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Requests.Json(body) };
        request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }
}
