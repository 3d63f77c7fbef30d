using System.Text.Json;
using GenGateway.TestSupport.OpenAI;
using WireMock.ResponseBuilders;

namespace GenGateway.TestSupport.Http;

/// <summary>
/// One scripted answer of a fake: a status and a body (which need not be valid JSON: garbage is a reply too), an
/// optional delay before it and <c>Retry-After</c> header, or server-sent events written one by one.
/// </summary>
public sealed record FakeReply(int Status, string Body, TimeSpan Delay = default, string? RetryAfter = null)
{
    /// <summary>When set, the reply is <c>text/event-stream</c> and each item is sent as one <c>data:</c> event.</summary>
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>Pause between two events, so a client can be seen reading them as they come.</summary>
    public TimeSpan EventInterval { get; init; }

    /// <summary>A chat completion with the given assistant content.</summary>
    public static FakeReply Content(string content) => new(200, OpenAIJson.Completion(content, "fake-model"));

    /// <summary>A chat completion whose content is a JSON array of the given candidates.</summary>
    public static FakeReply Candidates(params string[] candidates) => Content(JsonSerializer.Serialize(candidates));

    /// <summary>A streamed chat completion: one chunk per piece of content, a final chunk with the finish reason, then <c>[DONE]</c>.</summary>
    public static FakeReply Stream(params string[] pieces) => new(200, string.Empty) { Events = OpenAIJson.Chunks(pieces, "fake-model") };

    /// <summary>An Anthropic Messages API answer whose text is a JSON array of the given candidates.</summary>
    public static FakeReply AnthropicCandidates(params string[] candidates) => new(200, JsonSerializer.Serialize(new
    {
        id = "msg_test",
        type = "message",
        role = "assistant",
        model = "claude-test",
        content = new[] { new { type = "text", text = JsonSerializer.Serialize(candidates) } },
        stop_reason = "end_turn",
        stop_sequence = (string?)null,
        usage = new { input_tokens = 10, output_tokens = 5 },
    }));

    /// <summary>An error status with an OpenAI-style error body (a 429 with <paramref name="retryAfter"/> is a rate limit).</summary>
    public static FakeReply Error(int status, string? retryAfter = null) =>
        new(status, """{"error":{"message":"scripted failure","type":"server_error"}}""", RetryAfter: retryAfter);

    /// <summary>A 200 whose body is not what the client expects.</summary>
    public static FakeReply Garbage(string body = "{ this is not json") => new(200, body);

    /// <summary>The WireMock response for this reply.</summary>
    internal IResponseBuilder ToResponse()
    {
        var response = Response.Create().WithStatusCode(Status);
        if (Delay > TimeSpan.Zero)
        {
            response = response.WithDelay(Delay);
        }

        if (RetryAfter is not null)
        {
            response = response.WithHeader("Retry-After", RetryAfter);
        }

        if (Events is null)
        {
            return response.WithHeader("Content-Type", "application/json").WithBody(Body);
        }

        var events = Events;
        var interval = EventInterval;
        return response.WithHeader("Content-Type", "text/event-stream").WithSseBody(async (_, queue) =>
        {
            foreach (var data in events)
            {
                queue.Write($"data: {data}\n\n");
                if (interval > TimeSpan.Zero)
                {
                    await Task.Delay(interval);
                }
            }

            queue.Close();
        });
    }
}
