using GenGateway.TestSupport.Http;
using WireMock.ResponseBuilders;

namespace GenGateway.TestSupport.OpenAI;

/// <summary>
/// A loopback OpenAI-compatible chat completions endpoint (and Anthropic's Messages endpoint, <c>/v1/messages</c>)
/// on WireMock.Net: scripted replies in order, then <see cref="Default"/>; success, rate limits with
/// <c>Retry-After</c>, server errors, delays, garbage and event streams are all <see cref="FakeReply"/> values.
/// </summary>
public sealed class FakeOpenAIServer : IDisposable
{
    private readonly FakeHttpServer _http = FakeHttpServer.Start();
    private readonly ScriptedRoute _route;
    private FakeReply _default = FakeReply.Candidates("Alpha", "Bravo", "Charlie");

    private FakeOpenAIServer()
    {
        _route = new ScriptedRoute(_http, "/v1/chat/completions", "/v1/messages");
        _route.SetDefault(_default);
    }

    /// <summary>The answer once the script is used up.</summary>
    public FakeReply Default
    {
        get => _default;
        set
        {
            _route.SetDefault(value);
            _default = value;
        }
    }

    /// <summary>Requests received, counted on arrival.</summary>
    public int Requests => _http.Requests;

    /// <summary>Requests whose caller went away before the reply was complete.</summary>
    public int Aborted => _http.Aborted;

    /// <summary>Bodies of the requests answered, in the order they arrived.</summary>
    public IReadOnlyList<string> Bodies => _http.Recorded.Select(request => request.Body).ToList();

    /// <summary>Base URL for an OpenAI-compatible provider's <c>BaseUrl</c> (ends in <c>/v1</c>).</summary>
    public string BaseUrl => _http.Url + "/v1";

    /// <summary>Base URL for an Anthropic provider's <c>BaseUrl</c> (the SDK appends <c>/v1/messages</c>).</summary>
    public string Root => _http.Url;

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static FakeOpenAIServer Start() => new();

    /// <summary>Queues replies for the next requests.</summary>
    public FakeOpenAIServer Enqueue(params FakeReply[] replies)
    {
        _route.Enqueue(replies);
        return this;
    }

    /// <summary>
    /// Once the script is used up, answers like a model that reads its prompt: the assistant content is
    /// <paramref name="answer"/> applied to the texts of the request's messages.
    /// </summary>
    public void AnswerWith(Func<IReadOnlyList<string>, string> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        _route.SetDefault(null);
        _route.SetFallback(Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody(request => OpenAIJson.Completion(answer(OpenAIJson.MessageTexts(request.Body)), "echo-model")));
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
