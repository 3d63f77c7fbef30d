namespace GenGateway.Profiles.Privacy;

/// <summary>One stored event as exported: exactly what the gateway keeps (redacted text, no vector).</summary>
public sealed record ExportedEvent
{
    /// <summary>The event id as sent, redacted.</summary>
    public required string Id { get; init; }

    /// <summary>The id the gateway stores: a keyed hash of the sent id.</summary>
    public required string StoredId { get; init; }

    /// <summary>The event type.</summary>
    public required string Type { get; init; }

    /// <summary>Redacted text, when the event had one.</summary>
    public string? Text { get; init; }

    /// <summary>Redacted subject, when the event had one.</summary>
    public string? Subject { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Metadata as stored (strings, redacted).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
