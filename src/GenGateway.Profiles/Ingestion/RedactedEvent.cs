namespace GenGateway.Profiles.Ingestion;

/// <summary>A validated event after PII redaction: the only form that is ever embedded or stored.</summary>
/// <param name="Id">The stored id: a keyed hash of the sent one.</param>
/// <param name="SentId">The id as sent, redacted (kept for export).</param>
/// <param name="Type">The event type.</param>
/// <param name="OccurredAt">When it happened, in UTC.</param>
/// <param name="Text">Redacted text.</param>
/// <param name="Subject">Redacted subject.</param>
/// <param name="Metadata">Metadata with keys and values redacted.</param>
internal sealed record RedactedEvent(string Id, string SentId, string Type, DateTimeOffset OccurredAt, string Text, string Subject, IReadOnlyDictionary<string, string> Metadata);
