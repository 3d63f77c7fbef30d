namespace GenGateway.Profiles.Ingestion;

/// <summary>A validated event after PII redaction: the only form that is ever embedded or stored.</summary>
internal sealed record RedactedEvent(string Id, string Type, DateTimeOffset OccurredAt, string Text, string Subject, IReadOnlyDictionary<string, string> Metadata);
