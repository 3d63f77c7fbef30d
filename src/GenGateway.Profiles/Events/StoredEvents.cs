using GenGateway.Profiles.Building;
using GenGateway.Storage;

namespace GenGateway.Profiles.Events;

/// <summary>Maps stored points back to events (profile rebuild, export).</summary>
internal static class StoredEvents
{
    public static ProfileEvent ToProfileEvent(VectorPoint point) => new(
        point.Kind,
        point.OccurredAt,
        point.Payload.GetValueOrDefault(PayloadKeys.Text) ?? string.Empty,
        point.Payload.GetValueOrDefault(PayloadKeys.Subject) ?? string.Empty,
        point.Vector);

    /// <summary>The text that is embedded for an event: subject and body.</summary>
    public static string EmbeddingText(string subject, string text) =>
        subject.Length == 0 ? text : text.Length == 0 ? subject : subject + "\n" + text;
}
