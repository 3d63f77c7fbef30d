using GenGateway.Profiles.Events;

namespace GenGateway.Profiles.Tests.Support;

/// <summary>Builders for test events.</summary>
internal static class Events
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static UserEvent Sent(string id, string text, int day = 0, string? subject = null) =>
        new() { Id = id, Type = EventTypes.MessageSent, Text = text, Subject = subject, OccurredAt = Start.AddDays(day) };

    public static UserEvent Of(string type, string id, string text, int day = 0, string? subject = null) =>
        new() { Id = id, Type = type, Text = text, Subject = subject, OccurredAt = Start.AddDays(day) };

    public static UserEvent[] Casual(string prefix, int count) => Enumerable.Range(0, count)
        .Select(i => Sent($"{prefix}{i}", $"hey!! gonna be late lol, grab me a coffee? 😂 see ya\ncheers", i)).ToArray();

    public static UserEvent[] Formal(string prefix, int count) => Enumerable.Range(0, count)
        .Select(i => Sent($"{prefix}{i}", $"Dear Ms. Smith,\nI would be grateful if you could kindly send me the signed agreement at your earliest convenience. Furthermore, please confirm the delivery schedule.\nKind regards", i)).ToArray();
}
