using System.Text.Json.Nodes;
using GenGateway.Storage.Embeddings;
using GenGateway.TestSupport.Http;
using GenGateway.TestSupport.OpenAI;

namespace GenGateway.Storage.Tests.Embeddings;

public sealed class OpenAICompatibleEmbeddingGeneratorTests : IDisposable
{
    private readonly FakeEmbeddingsServer _server = FakeEmbeddingsServer.Start();
    private readonly HttpClient _http;

    public OpenAICompatibleEmbeddingGeneratorTests() => _http = new HttpClient { BaseAddress = _server.BaseUrl };

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task Sends_model_inputs_and_key_and_places_vectors_by_index()
    {
        var generator = Create(batchSize: 2);

        var embeddings = await generator.GenerateAsync(["a", "bbb", "cc"]);

        Assert.Equal([1f, 3f, 2f], embeddings.Select(e => e.Vector.Span[0]));
        Assert.Equal(2, _server.Requests.Count);
        var (_, body, authorization) = _server.Requests[0];
        var json = JsonNode.Parse(body)!;
        Assert.Equal("fake-embed", json["model"]!.GetValue<string>());
        Assert.Equal(["a", "bbb"], json["input"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal("float", json["encoding_format"]!.GetValue<string>());
        Assert.Null(json["dimensions"]);
        Assert.Equal("Bearer sk-test", authorization);
        Assert.Equal(new EmbedderIdentity("openai:fake-embed", 4), generator.Identity);
    }

    [Fact]
    public async Task Refuses_vectors_of_another_dimension_than_configured()
    {
        _server.Dimension = 6;

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Create().GenerateAsync(["x"]));

        Assert.Contains("6-dimensional", error.Message, StringComparison.Ordinal);
        Assert.Contains("Dimensions is 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_the_endpoints_status_and_message()
    {
        _server.Failure = new FakeReply(401, """{"error":{"message":"Incorrect API key provided"}}""");

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Create().GenerateAsync(["x"]));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("Incorrect API key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_body_that_is_not_an_embeddings_response()
    {
        _server.Failure = new FakeReply(200, """{"unexpected":true}""");

        await Assert.ThrowsAsync<InvalidDataException>(() => Create().GenerateAsync(["x"]));
    }

    [Fact]
    public void Requires_model_and_dimensions()
    {
        Assert.Throws<ArgumentException>(() => new OpenAICompatibleEmbeddingGenerator(_http, new EmbeddingOptions { Provider = "openai", Dimensions = 4 }));
        Assert.Throws<ArgumentException>(() => new OpenAICompatibleEmbeddingGenerator(_http, new EmbeddingOptions { Provider = "openai", Model = "m" }));
    }

    private OpenAICompatibleEmbeddingGenerator Create(int batchSize = 64) =>
        new(_http, new EmbeddingOptions { Provider = "openai", Model = "fake-embed", Dimensions = 4, ApiKey = "sk-test", BatchSize = batchSize });
}
