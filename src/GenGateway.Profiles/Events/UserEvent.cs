using System.Text.Json;

namespace GenGateway.Profiles.Events;

/// <summary>One thing a user did, as posted to <c>POST /v1/users/{userId}/events</c>.</summary>
public sealed record UserEvent
{
    /// <summary>Caller-chosen id; replays of the same id are ignored.</summary>
    public string? Id { get; init; }

    /// <summary>One of <see cref="EventTypes.All"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Message body or content text; redacted before it is stored.</summary>
    public string? Text { get; init; }

    /// <summary>Subject line, when the event has one; redacted before it is stored.</summary>
    public string? Subject { get; init; }

    /// <summary>When it happened; drives recency weighting.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Free-form string, number or boolean values (campaign ids, channels); redacted before storage.</summary>
    public Dictionary<string, JsonElement>? Metadata { get; init; }
}
