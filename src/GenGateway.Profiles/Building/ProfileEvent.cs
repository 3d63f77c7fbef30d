namespace GenGateway.Profiles.Building;

/// <summary>An event as the profile sees it: redacted content, its vector and when it happened.</summary>
/// <param name="Type">Event type.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Text">Redacted text, or empty.</param>
/// <param name="Subject">Redacted subject, or empty.</param>
/// <param name="Vector">Embedding of the content.</param>
public sealed record ProfileEvent(string Type, DateTimeOffset OccurredAt, string Text, string Subject, ReadOnlyMemory<float> Vector);
