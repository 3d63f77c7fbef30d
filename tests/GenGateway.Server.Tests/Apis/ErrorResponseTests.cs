using System.Net;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Apis;

public sealed class ErrorResponseTests
{
    [Fact]
    public async Task Invalid_fields_get_400_with_every_field_error()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/subject-lines", Requests.Json("""{ "count": 0, "tone": "sarcastic", "brief": { "facts": [""] } }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await Requests.ReadJson(response);
        Assert.Equal("urn:gengateway:problem:validation", json.GetProperty("type").GetString());
        var errors = json.GetProperty("errors");
        Assert.True(errors.TryGetProperty("count", out _));
        Assert.True(errors.TryGetProperty("tone", out _));
        Assert.True(errors.TryGetProperty("brief.facts[0]", out _));
    }

    [Theory]
    [InlineData("{ \"count\": 3, ", "urn:gengateway:problem:malformed-json")]
    [InlineData("{ \"count\": \"three\", \"element\": \"cta\" }", "urn:gengateway:problem:validation")]
    [InlineData("{ \"element\": \"cta\", \"colour\": \"red\" }", "urn:gengateway:problem:validation")]
    [InlineData("", "urn:gengateway:problem:validation")]
    public async Task Bad_json_gets_400_problem(string body, string type)
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/ui-copy", Requests.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(type, (await Requests.ReadJson(response)).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("/v1/ui-copy", "{ \"count\": \"three\", \"element\": \"cta\" }", "count", "expected a whole number")]
    [InlineData("/v1/ui-copy", "{ \"count\": 3.5, \"element\": \"cta\" }", "count", "expected a whole number")]
    [InlineData("/v1/ui-copy", "{ \"element\": [\"cta\"] }", "element", "expected a string")]
    [InlineData("/v1/ui-copy", "{ \"element\": \"cta\", \"context\": \"checkout\" }", "context", "expected an object")]
    [InlineData("/v1/ui-copy", "{ \"element\": \"cta\", \"colour\": \"red\" }", "colour", "unknown field 'colour'")]
    [InlineData("/v1/ui-copy", "[1, 2]", "$", "expected an object")]
    [InlineData("/v1/smart-replies", "{ \"thread\": [ { \"from\": \"a@example.com\", \"text\": \"hi\", \"sentAt\": \"yesterday\" } ] }", "thread[0].sentAt", "expected a date-time string in ISO 8601 form, e.g. 2026-11-20T09:15:00Z")]
    [InlineData("/v1/smart-replies", "{ \"thread\": { \"from\": \"a@example.com\" } }", "thread", "expected an array")]
    public async Task Wrong_json_types_name_the_field_and_the_json_kind_expected(string path, string body, string field, string message)
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(path, Requests.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Requests.ReadJson(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var fieldErrors), $"no error for '{field}' in {errors}");
        Assert.Equal(message, fieldErrors[0].GetString());
        Assert.DoesNotContain("System.", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("GenGateway.", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_content_type_gets_415_problem()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/ui-copy", new StringContent(Requests.UiCopy, System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("urn:gengateway:problem:unsupported-media-type", (await Requests.ReadJson(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Body_over_the_limit_gets_413_problem()
    {
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?> { ["GenGateway:Server:MaxRequestBodyBytes"] = "1024" });
        using var client = factory.CreateClient();
        var big = $$"""{ "element": "cta", "context": { "goal": "{{new string('x', 4096)}}" } }""";

        using var response = await client.PostAsync("/v1/ui-copy", Requests.Json(big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("urn:gengateway:problem:payload-too-large", (await Requests.ReadJson(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Unknown_path_gets_404_problem()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("urn:gengateway:problem:not-found", (await Requests.ReadJson(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Api_keys_resolve_tenants_and_reject_strangers()
    {
        const string key = "secret-key-1";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?>
        {
            ["GenGateway:Auth:Keys:0:Name"] = "app",
            ["GenGateway:Auth:Keys:0:Tenant"] = "acme",
            ["GenGateway:Auth:Keys:0:Sha256"] = hash,
            ["GenGateway:Auth:Keys:0:Scopes:0"] = "generate",
        });
        using var client = factory.CreateClient();

        using var anonymous = await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy));
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/v1/ui-copy") { Content = Requests.Json(Requests.UiCopy) };
        wrong.Headers.Add("X-Api-Key", "guess");
        using var wrongResponse = await client.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Post, "/v1/ui-copy") { Content = Requests.Json(Requests.UiCopy) };
        right.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        using var rightResponse = await client.SendAsync(right);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("urn:gengateway:problem:unauthorized", (await Requests.ReadJson(anonymous)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Rate_limit_answers_429_problem_with_retry_after()
    {
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?> { ["GenGateway:RateLimit:RequestsPerMinute"] = "2" });
        using var client = factory.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy))).StatusCode);
        }

        using var limited = await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("urn:gengateway:problem:rate-limited", (await Requests.ReadJson(limited)).GetProperty("type").GetString());
    }
}
