using System.Net;
using GenGateway.Storage.Embeddings;
using GenGateway.TestSupport.Http;
using GenGateway.TestSupport.OpenAI;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenGateway.Storage.Tests.Embeddings;

public sealed class RetryingEmbeddingGeneratorTests : IDisposable
{
    private readonly FakeEmbeddingsServer _server = FakeEmbeddingsServer.Start();
    private readonly HttpClient _http;

    public RetryingEmbeddingGeneratorTests() => _http = new HttpClient { BaseAddress = _server.BaseUrl };

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    private const string Unavailable = """{"error":{"message":"overloaded"}}""";

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task A_transient_failure_is_retried_and_the_batch_embedded(int status)
    {
        _server.Enqueue(new FakeReply(status, Unavailable));

        var embeddings = await Create(maxRetries: 2).GenerateAsync(["a", "bbb"]);

        Assert.Equal([1f, 3f], embeddings.Select(e => e.Vector.Span[0]));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_rejected_key_is_not_retried()
    {
        _server.Enqueue(new FakeReply(401, """{"error":{"message":"Incorrect API key provided"}}"""));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Create(maxRetries: 2).GenerateAsync(["a"]));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries_with_the_last_error()
    {
        _server.Failure = new FakeReply(503, Unavailable);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Create(maxRetries: 2).GenerateAsync(["a"]));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("overloaded", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task Zero_retries_sends_once()
    {
        _server.Enqueue(new FakeReply(503, Unavailable));

        await Assert.ThrowsAsync<HttpRequestException>(() => Create(maxRetries: 0).GenerateAsync(["a"]));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_retried()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Create(maxRetries: 2).GenerateAsync(["a"], cancellationToken: cancelled.Token));

        Assert.Empty(_server.Requests);
    }

    private RetryingEmbeddingGenerator Create(int maxRetries)
    {
        var options = new EmbeddingOptions
        {
            Provider = "openai",
            Model = "fake-embed",
            Dimensions = 4,
            ApiKey = "sk-test",
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };
        return new RetryingEmbeddingGenerator(new OpenAICompatibleEmbeddingGenerator(_http, options), options, NullLogger.Instance, TimeProvider.System);
    }
}
