using System.Text.Json;

namespace GenGateway.Server.Tests.Apis.Users;

/// <summary>Event batches for the user endpoint tests.</summary>
internal static class UserBodies
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static string Batch(params object[] events) => JsonSerializer.Serialize(new { events }, Web);

    public static object Sent(string id, string text, int day = 0) =>
        new { id, type = "message_sent", text, occurredAt = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero).AddDays(day) };

    /// <summary>A casual writer who uses emoji; the first message carries an email address and a phone number.</summary>
    public static string CasualHistory() => Batch(
        Sent("m1", "hey!! Thursday at 3pm works for me 😂 ping me at ann.lee@example.com or 555-867-5309\ncheers", 0),
        Sent("m2", "hey, gonna be late lol, grab me a coffee? 🙂\ncheers", 1),
        Sent("m3", "yep sounds good, see ya there!! 👍", 2),
        Sent("m4", "hey can't make it today, sorry!! let's do tmrw 😅", 3));

    public static string FormalHistory() => Batch(
        Sent("f1", "Dear Mr. Jones,\nI would be grateful if you could kindly confirm the meeting on Thursday. Furthermore, please send the agenda.\nKind regards", 0),
        Sent("f2", "Dear Ms. Smith,\nThank you for your message. I shall review the proposal and respond accordingly.\nKind regards", 1),
        Sent("f3", "Dear colleagues,\nPlease find attached the quarterly report. I would appreciate your comments by Friday.\nKind regards", 2));

    public const string SmartReplyFor = """
        { "userId": "{USER}", "count": 3,
          "thread": [ { "from": "bob@example.com", "text": "Can we move our call to Thursday at 3pm?", "sentAt": "2026-11-20T09:15:00Z" } ] }
        """;

    public static string SmartReply(string userId) => SmartReplyFor.Replace("{USER}", userId, StringComparison.Ordinal);
}
