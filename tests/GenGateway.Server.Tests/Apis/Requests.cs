using System.Net.Http.Json;
using System.Text.Json;

namespace GenGateway.Server.Tests.Apis;

/// <summary>Request bodies and helpers shared by the endpoint tests.</summary>
internal static class Requests
{
    public const string SubjectLines = """
        { "userId": "u-123", "count": 3, "tone": "friendly", "maxLength": 60,
          "brief": { "campaign": "Winter sale", "product": "winter coats", "offer": "20% off",
                     "audience": "returning customers", "facts": ["Sale ends Sunday"], "avoid": ["cheap"] } }
        """;

    public const string SmartReplies = """
        { "count": 3, "tone": "casual",
          "thread": [ { "from": "alice@example.com", "text": "Can we move our call to Thursday at 3pm?", "sentAt": "2026-11-20T09:15:00Z" } ] }
        """;

    public const string UiCopy = """
        { "count": 3, "element": "cta", "maxLength": 40,
          "context": { "screen": "checkout", "goal": "complete purchase", "facts": ["Free shipping over $50"] } }
        """;

    public static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadJson(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static string[] Texts(JsonElement body) =>
        [.. body.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("text").GetString()!)];
}
