using System.Text.Json.Nodes;

namespace GenGateway.EvalSuites.Model;

/// <summary>One event of a profile fixture, in the shape of <c>POST /v1/users/{userId}/events</c>.</summary>
public sealed record ProfileFixtureEvent
{
    /// <summary>Event id; ingestion is idempotent by it, so a fixture can be loaded before every case.</summary>
    public required string Id { get; init; }

    /// <summary>Event type, for example <c>message_sent</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Message text.</summary>
    public string? Text { get; init; }

    /// <summary>Subject, for emails.</summary>
    public string? Subject { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Anything else, passed through.</summary>
    public JsonObject? Metadata { get; init; }
}
