using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenGateway.TestSupport.OpenAI;

/// <summary>The bodies of the OpenAI API the fakes send and read.</summary>
internal static class OpenAIJson
{
    private const long Created = 1_700_000_000;

    public static string Completion(string content, string model) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = Created,
        model,
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    });

    public static IReadOnlyList<string> Chunks(IReadOnlyList<string> pieces, string model)
    {
        var events = pieces.Select(piece => Chunk(model, new { content = piece }, finishReason: null)).ToList();
        events.Add(Chunk(model, new { }, "stop"));
        events.Add("[DONE]");
        return events;
    }

    /// <summary>The text of every message of a chat completion request, in order.</summary>
    public static IReadOnlyList<string> MessageTexts(string? requestBody) =>
        requestBody is null || JsonNode.Parse(requestBody)?["messages"] is not JsonArray messages
            ? []
            : messages.Select(message => message?["content"]?.ToString() ?? string.Empty).ToList();

    /// <summary>The <c>input</c> strings of an embeddings request.</summary>
    public static IReadOnlyList<string> EmbeddingInputs(string? requestBody) =>
        requestBody is null || JsonNode.Parse(requestBody)?["input"] is not JsonArray inputs
            ? []
            : inputs.Select(input => input!.GetValue<string>()).ToList();

    /// <summary>An embeddings answer with one vector per input, listed last to first: clients must place items by index.</summary>
    public static string Embeddings(IReadOnlyList<string> inputs, Func<string, int, float> component, int dimension)
    {
        var data = new JsonArray();
        for (int i = inputs.Count - 1; i >= 0; i--)
        {
            var input = inputs[i];
            var vector = new JsonArray(Enumerable.Range(0, dimension).Select(d => (JsonNode)component(input, d)).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = vector });
        }

        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = "fake-embed",
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
        }.ToJsonString();
    }

    private static string Chunk(string model, object delta, string? finishReason) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion.chunk",
        created = Created,
        model,
        choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
    });
}
