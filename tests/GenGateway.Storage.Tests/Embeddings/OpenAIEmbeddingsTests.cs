using System.ClientModel;
using System.Text.Json.Nodes;
using GenGateway.Resilience.Pipelines;
using GenGateway.Storage.Embeddings;
using GenGateway.TestSupport.Http;
using GenGateway.TestSupport.OpenAI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace GenGateway.Storage.Tests.Embeddings;

public sealed class OpenAIEmbeddingsTests : IDisposable
{
    private readonly FakeEmbeddingsServer _server = FakeEmbeddingsServer.Start();
    private readonly SocketsHttpHandler _http = new();

    [Fact]
    public async Task Sends_model_inputs_and_key_in_batches_and_places_vectors_by_index()
    {
        using var generator = Create(batchSize: 2);

        var embeddings = await generator.GenerateAsync(["a", "bbb", "cc"]);

        // The fake answers component 0 = input length, listing the vectors in reverse order.
        Assert.Equal([1f, 3f, 2f], embeddings.Select(e => e.Vector.Span[0]));
        Assert.Equal(2, _server.Requests.Count);
        var json = JsonNode.Parse(_server.Requests[0].Body)!;
        Assert.Equal("fake-embed", json["model"]!.GetValue<string>());
        Assert.Equal(["a", "bbb"], json["input"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Null(json["dimensions"]);
        Assert.Equal("Bearer sk-test", _server.Requests[0].Authorization);
        Assert.Equal(new EmbedderIdentity("openai:fake-embed", 4), generator.GetService<ResilientEmbeddingGenerator>()!.Identity);
    }

    [Fact]
    public async Task Refuses_vectors_of_another_dimension_than_configured()
    {
        _server.Dimension = 6;
        using var generator = Create();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => generator.GenerateAsync(["x"]));

        Assert.Contains("6-dimensional", error.Message, StringComparison.Ordinal);
        Assert.Contains("Dimensions is 4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(429)]
    public async Task A_transient_failure_is_retried_and_the_batch_embedded(int status)
    {
        _server.Enqueue(FakeReply.Error(status));
        using var generator = Create(maxRetries: 2);

        var embeddings = await generator.GenerateAsync(["a", "bbb"]);

        Assert.Equal([1f, 3f], embeddings.Select(e => e.Vector.Span[0]));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_rate_limit_is_retried_only_after_its_retry_after()
    {
        var time = new FakeTimeProvider();
        _server.Enqueue(FakeReply.Error(429, retryAfter: "20"));
        using var generator = Create(maxRetries: 1, time: time);

        var call = generator.GenerateAsync(["a"]);
        await WaitUntil(() => _server.Requests.Count == 1);
        // Step the clock until the retry arrives: it must take at least the 20 s the server asked for.
        var advanced = TimeSpan.Zero;
        while (_server.Requests.Count < 2 && advanced < TimeSpan.FromMinutes(1))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            advanced += TimeSpan.FromSeconds(1);
            await WaitUntil(() => _server.Requests.Count == 2, attempts: 5);
        }

        Assert.Single(await call);
        Assert.Equal(2, _server.Requests.Count);
        Assert.InRange(advanced, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_rejected_key_is_not_retried()
    {
        _server.Failure = FakeReply.Error(401);
        using var generator = Create(maxRetries: 2);

        var error = await Assert.ThrowsAsync<ClientResultException>(() => generator.GenerateAsync(["a"]));

        Assert.Equal(401, error.Status);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries_with_the_last_error()
    {
        _server.Failure = FakeReply.Error(503);
        using var generator = Create(maxRetries: 2);

        var error = await Assert.ThrowsAsync<ClientResultException>(() => generator.GenerateAsync(["a"]));

        Assert.Equal(503, error.Status);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_body_that_is_not_an_embeddings_response_fails_without_retrying()
    {
        _server.Failure = FakeReply.Garbage("""{"unexpected":true}""");
        using var generator = Create(maxRetries: 2);

        await Assert.ThrowsAsync<InvalidDataException>(() => generator.GenerateAsync(["x"]));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_retried()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var generator = Create(maxRetries: 2);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generator.GenerateAsync(["a"], cancellationToken: cancelled.Token));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void Requires_model_and_dimensions()
    {
        var pipeline = new OutboundPipelineFactory(TimeProvider.System).Create("embeddings", new OutboundResilienceOptions());
        Assert.Throws<ArgumentException>(() => OpenAIEmbeddings.Create(_http, new EmbeddingOptions { Provider = "openai", Dimensions = 4, BaseUrl = _server.BaseUrl }, pipeline));
        Assert.Throws<ArgumentException>(() => OpenAIEmbeddings.Create(_http, new EmbeddingOptions { Provider = "openai", Model = "m", BaseUrl = _server.BaseUrl }, pipeline));
    }

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    private IEmbeddingGenerator<string, Embedding<float>> Create(int batchSize = 64, int maxRetries = 0, TimeProvider? time = null)
    {
        var options = new EmbeddingOptions
        {
            Provider = "openai", Model = "fake-embed", Dimensions = 4, ApiKey = "sk-test", BatchSize = batchSize, BaseUrl = _server.BaseUrl,
        };
        var pipeline = new OutboundPipelineFactory(time ?? TimeProvider.System).Create("embeddings", new OutboundResilienceOptions
        {
            MaxRetries = maxRetries, RetryBaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryDelay = TimeSpan.FromSeconds(30),
        });
        return OpenAIEmbeddings.Create(_http, options, pipeline);
    }

    private static async Task WaitUntil(Func<bool> condition, int attempts = 500)
    {
        for (var i = 0; i < attempts && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
