using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using System.Text;
using GenGateway.TestSupport.Http;
using GenGateway.TestSupport.OpenAI;
using OpenAI;
using OpenAI.Chat;

namespace GenGateway.TestSupport.Tests.OpenAI;

public sealed class FakeOpenAIServerTests : IDisposable
{
    private readonly FakeOpenAIServer _server = FakeOpenAIServer.Start();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task Scripted_replies_come_in_order_then_the_default()
    {
        _server.Enqueue(FakeReply.Error(429, retryAfter: "1"), FakeReply.Content("second"));
        _server.Default = FakeReply.Content("default");

        using var first = await PostAsync("""{"n":1}""");
        using var second = await PostAsync("""{"n":2}""");
        using var third = await PostAsync("""{"n":3}""");

        Assert.Equal((HttpStatusCode)429, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), first.Headers.RetryAfter?.Delta);
        Assert.Contains("\"second\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"default\"", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["""{"n":1}""", """{"n":2}""", """{"n":3}"""], _server.Bodies);
        Assert.Equal(3, _server.Requests);
    }

    [Fact]
    public async Task A_reply_queued_after_the_default_answered_is_still_served_next()
    {
        using var before = await PostAsync("{}");
        _server.Enqueue(FakeReply.Content("late script"));

        using var after = await PostAsync("{}");

        Assert.Contains("Alpha", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("late script", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openai_sdk_reads_a_streamed_reply_piece_by_piece()
    {
        _server.Enqueue(FakeReply.Stream("Hello", " there", "!") with { EventInterval = TimeSpan.FromMilliseconds(20) });
        var client = new ChatClient("fake-model", new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = new Uri(_server.BaseUrl) });

        var pieces = new List<string>();
        ChatFinishReason? finish = null;
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("Hi")]))
        {
            pieces.AddRange(update.ContentUpdate.Select(part => part.Text));
            finish ??= update.FinishReason;
        }

        Assert.Equal(["Hello", " there", "!"], pieces);
        Assert.Equal(ChatFinishReason.Stop, finish);
    }

    [Fact]
    public async Task The_openai_sdk_honours_a_scripted_rate_limit_then_succeeds()
    {
        _server.Enqueue(FakeReply.Error(429, retryAfter: "0"), FakeReply.Content("after the limit"));
        var options = new OpenAIClientOptions { Endpoint = new Uri(_server.BaseUrl), RetryPolicy = new ClientRetryPolicy(maxRetries: 1) };
        var client = new ChatClient("fake-model", new ApiKeyCredential("test-key"), options);

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("Hi")]);

        Assert.Equal("after the limit", completion.Content[0].Text);
        Assert.Equal(2, _server.Requests);
    }

    [Fact]
    public async Task A_caller_that_hangs_up_during_a_delay_is_counted_as_aborted()
    {
        _server.Default = FakeReply.Content("late") with { Delay = TimeSpan.FromSeconds(30) };
        using var hangUp = new CancellationTokenSource();

        var call = PostAsync("{}", hangUp.Token);
        await WaitUntil(() => _server.Requests == 1);
        await hangUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await WaitUntil(() => _server.Aborted == 1);
        Assert.Equal(1, _server.Aborted);
    }

    [Fact]
    public async Task Garbage_is_served_as_it_is()
    {
        _server.Default = FakeReply.Garbage();

        using var response = await PostAsync("{}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{ this is not json", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Answer_with_reads_the_prompt_of_each_request()
    {
        _server.AnswerWith(messages => string.Join("|", messages).ToUpperInvariant());

        using var response = await PostAsync("""{"messages":[{"role":"system","content":"be brief"},{"role":"user","content":"hi"}]}""");

        Assert.Contains("BE BRIEF|HI", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_cannot_be_the_default_because_it_is_served_once() =>
        Assert.Throws<ArgumentException>(() => _server.Default = FakeReply.Stream("x"));

    private Task<HttpResponseMessage> PostAsync(string body, CancellationToken cancellationToken = default) =>
        _http.PostAsync(new Uri(_server.BaseUrl + "/chat/completions"), new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);

    // Polls for at most 10 s: the delays scripted here are longer, so only the awaited event can end the wait early.
    private static async Task WaitUntil(Func<bool> condition)
    {
        for (int i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
