using GenGateway.TestSupport.Http;
using WireMock.ResponseBuilders;

namespace GenGateway.TestSupport.OpenAI;

/// <summary>
/// A loopback OpenAI-compatible <c>/v1/embeddings</c> endpoint on WireMock.Net. It answers vectors derived from each
/// input's length (component <c>d</c> of input <c>s</c> is <c>s.Length + d</c>), listed in reverse order, unless a
/// scripted reply or <see cref="Failure"/> answers instead.
/// </summary>
public sealed class FakeEmbeddingsServer : IDisposable
{
    private readonly FakeHttpServer _http = FakeHttpServer.Start();
    private readonly ScriptedRoute _route;
    private FakeReply? _failure;

    private FakeEmbeddingsServer()
    {
        _route = new ScriptedRoute(_http, "/v1/embeddings");
        _route.SetFallback(Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody(request => OpenAIJson.Embeddings(OpenAIJson.EmbeddingInputs(request.Body), (input, d) => input.Length + d, Dimension)));
    }

    /// <summary>Base address of the API (ends in <c>/v1/</c>).</summary>
    public Uri BaseUrl => new(_http.Url + "/v1/");

    /// <summary>Length of the vectors answered.</summary>
    public int Dimension { get; set; } = 4;

    /// <summary>When set, every request past the script gets this reply instead of vectors.</summary>
    public FakeReply? Failure
    {
        get => _failure;
        set
        {
            _route.SetDefault(value);
            _failure = value;
        }
    }

    /// <summary>The requests answered, in the order they arrived.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _http.Recorded;

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static FakeEmbeddingsServer Start() => new();

    /// <summary>Queues replies (typically failures) for the next requests.</summary>
    public FakeEmbeddingsServer Enqueue(params FakeReply[] replies)
    {
        _route.Enqueue(replies);
        return this;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
