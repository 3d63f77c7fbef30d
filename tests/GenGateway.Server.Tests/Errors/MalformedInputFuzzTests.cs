using System.Net;
using System.Text;
using System.Text.Json;
using GenGateway.Server.Tests.Apis;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Errors;

/// <summary>
/// Sends a fixed corpus of malformed bodies, paths, query strings and headers to every endpoint. Whatever arrives,
/// the answer is never a 5xx, every error is problem+json with a gateway problem type, and no body names a .NET type.
/// </summary>
public sealed class MalformedInputFuzzTests
{
    private static readonly (HttpMethod Method, string Path, bool HasBody)[] Endpoints =
    [
        (HttpMethod.Post, "/v1/subject-lines", true),
        (HttpMethod.Post, "/v1/smart-replies", true),
        (HttpMethod.Post, "/v1/ui-copy", true),
        (HttpMethod.Post, "/v1/feedback", true),
        (HttpMethod.Post, "/v1/users/u-1/events", true),
        (HttpMethod.Put, "/v1/users/u-1/consent", true),
        (HttpMethod.Post, "/v1/experiments/outcomes", true),
        (HttpMethod.Get, "/v1/experiments/exp-1/report", false),
        (HttpMethod.Get, "/v1/users/u-1/profile", false),
        (HttpMethod.Get, "/v1/users/u-1/export", false),
        (HttpMethod.Delete, "/v1/users/u-1", false),
        (HttpMethod.Get, "/healthz", false),
        (HttpMethod.Get, "/readyz", false),
        (HttpMethod.Get, "/openapi/v1.json", false),
    ];

    private static readonly byte[][] Bodies =
    [
        [], "{"u8.ToArray(), "}"u8.ToArray(), "[]"u8.ToArray(), "null"u8.ToArray(), "true"u8.ToArray(), "42"u8.ToArray(),
        "\"text\""u8.ToArray(), "{\"unknown\": 1}"u8.ToArray(), "{\"count\": \"3\"}"u8.ToArray(), "{\"count\": 1e400}"u8.ToArray(),
        "{\"count\": 99999999999999999999}"u8.ToArray(), "{\"count\": -1.5}"u8.ToArray(), "{\"count\": 3, \"count\": 4}"u8.ToArray(),
        "{\"personalization\": false, \"personalization\": true}"u8.ToArray(), "{\"brief\": {\"product\": \"a\", \"Product\": \"b\"}}"u8.ToArray(),
        "{\"events\": [{\"id\": \"1\", \"metadata\": {\"k\": \"a\", \"k\": \"b\"}}]}"u8.ToArray(),
        Encoding.UTF8.GetBytes(new string('[', 200) + new string(']', 200)), [0xC3, 0x28, 0x7B, 0x7D], [0xEF, 0xBB, 0xBF, 0x7B, 0x7D],
        "{\"a\": \"\\ud800\"}"u8.ToArray(), "{'a': 1}"u8.ToArray(), "{\"a\": NaN}"u8.ToArray(), "/* c */ {}"u8.ToArray(),
        "{\"a\": 1,}"u8.ToArray(), "{\"thread\": [null]}"u8.ToArray(), "{\"events\": [{}]}"u8.ToArray(), "{\"events\": null}"u8.ToArray(),
        "{\"brief\": {\"facts\": [1, 2]}}"u8.ToArray(), "{\"element\": \"cta\", \"context\": {\"facts\": null}}"u8.ToArray(),
        "{\"element\": \"\\u0000\"}"u8.ToArray(), "{\"requestId\": {}, \"candidateIndex\": \"0\"}"u8.ToArray(),
        "{\"personalization\": \"false\"}"u8.ToArray(), "{\"thread\": [{\"text\": \"hi\", \"sentAt\": 5}]}"u8.ToArray(),
        Encoding.UTF8.GetBytes("{\"element\": \"" + new string('x', 300_000) + "\"}"),
    ];

    private static readonly string[] ContentTypes = ["application/json", "text/plain", "application/json; charset=utf-16", "application/x-www-form-urlencoded", "garbage"];

    private static readonly string[] Paths =
    [
        "/v1/", "/v1/subject-lines/extra", "/v1/users//profile", "/v1/users/%2F/profile", "/v1/users/" + new string('u', 300) + "/profile",
        "/V1/UI-COPY", "/v1/ui-copy%20", "/..%2f..%2fetc/passwd", "/v1/users/%E0%A4%A/profile", "/v1/users/%ZZ/export",
        "/v1/users/u-1/events/../../../healthz", "/%7e", "/v1/feedback?", "/v1/users/%C0%AE%C0%AE/profile",
    ];

    private static readonly string[] Queries =
    [
        "?explain=banana", "?explain=true&explain=false", "?explain=%ZZ", "?=", "?explain", "?a[]=1&a[]=2", "?explain=" + new string('1', 500),
        "?" + new string('q', 9000),
    ];

    [Fact]
    public async Task Malformed_bodies_to_every_endpoint_get_problem_json_and_never_a_5xx()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();
        var failures = new List<string>();
        foreach (var (method, path, hasBody) in Endpoints.Where(e => e.HasBody))
        {
            foreach (var body in Bodies)
            {
                foreach (var contentType in ContentTypes.Take(body.Length % 3 == 0 ? ContentTypes.Length : 1))
                {
                    using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                    await CheckAsync(client, request, $"{method} {path} [{contentType}] {Preview(body)}", failures);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Malformed_paths_query_strings_and_headers_get_problem_json_and_never_a_5xx()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();
        var failures = new List<string>();
        foreach (var path in Paths)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post, HttpMethod.Patch })
            {
                using var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Get ? null : Requests.Json(Requests.UiCopy) };
                await CheckAsync(client, request, $"{method} {path}", failures);
            }
        }

        foreach (var (method, path, hasBody) in Endpoints)
        {
            foreach (var query in Queries)
            {
                using var request = Valid(method, path, hasBody, query);
                await CheckAsync(client, request, $"{method} {path}{Preview(query)}", failures);
            }

            foreach (var (name, value) in BadHeaders())
            {
                using var request = Valid(method, path, hasBody, string.Empty);
                request.Headers.TryAddWithoutValidation(name, value);
                await CheckAsync(client, request, $"{method} {path} {name}: {Preview(value)}", failures);
            }

            using var many = Valid(method, path, hasBody, string.Empty);
            for (var i = 0; i < 150; i++)
            {
                many.Headers.TryAddWithoutValidation($"X-Fuzz-{i}", "1");
            }

            await CheckAsync(client, many, $"{method} {path} with 150 headers", failures);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("/v1/ui-copy", "{\"count\": \"3\", \"element\": \"cta\"}", "count", "expected a whole number")]
    [InlineData("/v1/subject-lines", "{\"maxLength\": \"60\", \"brief\": {\"product\": \"coats\"}}", "maxLength", "expected a whole number")]
    [InlineData("/v1/ui-copy", "{\"element\": \"cta\", \"element\": \"banner\"}", "element", "the key 'element' is given more than once; send it once")]
    [InlineData("/v1/subject-lines", "{\"brief\": {\"product\": \"a\", \"product\": \"b\"}}", "brief.product", "the key 'product' is given more than once; send it once")]
    [InlineData("/v1/smart-replies", "{\"thread\": [{\"text\": \"a\"}, {\"text\": \"b\", \"Text\": \"c\"}]}", "thread[1].Text", "the key 'Text' is given more than once; send it once")]
    public async Task Wrong_types_and_duplicate_keys_are_400s_naming_the_field(string path, string body, string field, string message)
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(path, Requests.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await Requests.ReadJson(response);
        Assert.Equal("urn:gengateway:problem:validation", json.GetProperty("type").GetString());
        Assert.Equal(message, json.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_repeated_consent_key_is_refused_instead_of_the_last_one_winning()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PutAsync("/v1/users/u-1/consent", Requests.Json("{\"personalization\": false, \"personalization\": true}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("personalization", (await Requests.ReadJson(response)).GetProperty("errors").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?explain=banana", "expected true or false, got 'banana'")]
    [InlineData("?explain=true&explain=false", "the query parameter 'explain' is given more than once; send it once")]
    public async Task A_bad_explain_flag_is_a_400_naming_it(string query, string message)
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/ui-copy" + query, Requests.Json(Requests.UiCopy));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await Requests.ReadJson(response)).GetProperty("errors").GetProperty("explain")[0].GetString());
    }

    [Fact]
    public async Task Over_long_urls_and_header_sets_through_real_kestrel_get_414_and_431_problem_json()
    {
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("gengateway-fuzz").FullName);
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        using var longUrl = await client.GetAsync("/healthz?q=" + new string('a', 10_000));
        using var bigHeaders = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        bigHeaders.Headers.Add("X-Big", new string('b', 40_000));
        using var bigHeadersResponse = await client.SendAsync(bigHeaders);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
        Assert.Equal("urn:gengateway:problem:url-too-long", (await Requests.ReadJson(longUrl)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, bigHeadersResponse.StatusCode);
        Assert.Equal("urn:gengateway:problem:headers-too-large", (await Requests.ReadJson(bigHeadersResponse)).GetProperty("type").GetString());
    }

    private static IEnumerable<(string Name, string Value)> BadHeaders() =>
    [
        ("Authorization", "Bearer"), ("Authorization", "Basic !!!"), ("X-Api-Key", " "), ("Accept", "garbage/;;"),
        ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked, identity"), ("X-Big", new string('h', 40_000)),
        ("Accept-Charset", "utf-16"), ("Expect", "100-continue"), ("Cookie", "a=" + new string('c', 2000)),
    ];

    private static HttpRequestMessage Valid(HttpMethod method, string path, bool hasBody, string query) =>
        new(method, path + query)
        {
            Content = !hasBody ? null : Requests.Json(path switch
            {
                "/v1/subject-lines" => Requests.SubjectLines,
                "/v1/smart-replies" => Requests.SmartReplies,
                "/v1/ui-copy" => Requests.UiCopy,
                _ => "{}",
            }),
        };

    private static async Task CheckAsync(HttpClient client, HttpRequestMessage request, string what, List<string> failures)
    {
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            failures.Add($"{what}: {status} {Preview(body)}");
            return;
        }

        if (status < 400)
        {
            return;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{what}: {status} with content type '{response.Content.Headers.ContentType}' and body {Preview(body)}");
            return;
        }

        using var json = JsonDocument.Parse(body);
        var type = json.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type is null || !type.StartsWith("urn:gengateway:problem:", StringComparison.Ordinal)
            || (json.RootElement.TryGetProperty("status", out var s) && s.GetInt32() != status))
        {
            failures.Add($"{what}: {status} with type '{type}'");
        }

        foreach (var leak in new[] { "System.", "Microsoft.", "GenGateway.", "Exception", "LineNumber", "BytePositionInLine", "   at " })
        {
            if (body.Contains(leak, StringComparison.Ordinal))
            {
                failures.Add($"{what}: {status} body names '{leak}': {Preview(body)}");
            }
        }
    }

    private static string Preview(byte[] body) => Preview(Encoding.UTF8.GetString(body));

    private static string Preview(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
