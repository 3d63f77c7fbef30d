using System.Text.Json;

namespace GenGateway.Server.Tests.Fakes;

/// <summary>One scripted answer of the fake OpenAI-compatible server.</summary>
public sealed record FakeReply(int Status, string Body, TimeSpan Delay = default, string? RetryAfter = null)
{
    /// <summary>A chat completion whose content is a JSON array of the given candidates.</summary>
    public static FakeReply Candidates(params string[] candidates) => Content(JsonSerializer.Serialize(candidates));

    /// <summary>A chat completion with the given assistant content.</summary>
    public static FakeReply Content(string content) => new(200, JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    }));

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

    /// <summary>An error status with an OpenAI-style error body.</summary>
    public static FakeReply Error(int status, string? retryAfter = null) =>
        new(status, """{"error":{"message":"scripted failure","type":"server_error"}}""", RetryAfter: retryAfter);
}
