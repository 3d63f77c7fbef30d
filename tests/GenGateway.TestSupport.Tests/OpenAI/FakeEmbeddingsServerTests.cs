using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GenGateway.TestSupport.Http;
using GenGateway.TestSupport.OpenAI;

namespace GenGateway.TestSupport.Tests.OpenAI;

public sealed class FakeEmbeddingsServerTests : IDisposable
{
    private readonly FakeEmbeddingsServer _server = FakeEmbeddingsServer.Start();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task Answers_one_vector_per_input_by_index_in_reverse_order()
    {
        _server.Dimension = 3;

        using var response = await PostAsync("""{"input":["a","abc"],"model":"m"}""");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(1, data[0].GetProperty("index").GetInt32());
        Assert.Equal([3f, 4f, 5f], data[0].GetProperty("embedding").EnumerateArray().Select(x => x.GetSingle()));
        Assert.Equal([1f, 2f, 3f], data[1].GetProperty("embedding").EnumerateArray().Select(x => x.GetSingle()));
    }

    [Fact]
    public async Task Scripted_failures_come_first_then_the_standing_failure_and_requests_are_recorded()
    {
        _server.Enqueue(new FakeReply(503, "busy"));
        _server.Failure = new FakeReply(401, "no key");

        using var first = await PostAsync("""{"input":["a"]}""", "Bearer k1");
        using var second = await PostAsync("""{"input":["b"]}""", "Bearer k2");
        _server.Failure = null;
        using var third = await PostAsync("""{"input":["c"]}""");

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.Unauthorized, HttpStatusCode.OK], [first.StatusCode, second.StatusCode, third.StatusCode]);
        Assert.Equal(
            [new RecordedRequest("/v1/embeddings", """{"input":["a"]}""", "Bearer k1"), new RecordedRequest("/v1/embeddings", """{"input":["b"]}""", "Bearer k2"), new RecordedRequest("/v1/embeddings", """{"input":["c"]}""", null)],
            _server.Requests);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.BaseUrl, "embeddings"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return await _http.SendAsync(request);
    }
}
