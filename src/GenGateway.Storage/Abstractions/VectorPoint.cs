namespace GenGateway.Storage;

/// <summary>One stored item: an embedded user event, keyed by (<see cref="Tenant"/>, <see cref="UserId"/>, <see cref="Id"/>).</summary>
/// <param name="Tenant">Tenant that owns the event (from the request's auth context; <c>default</c> when auth is off).</param>
/// <param name="UserId">User the event belongs to.</param>
/// <param name="Id">Event id, unique per tenant and user.</param>
/// <param name="Kind">Event type, e.g. <c>message_sent</c>.</param>
/// <param name="Vector">Embedding of the event's (redacted) text.</param>
/// <param name="OccurredAt">When the event happened.</param>
/// <param name="Payload">Redacted text, subject and metadata, as strings.</param>
public sealed record VectorPoint(
    string Tenant,
    string UserId,
    string Id,
    string Kind,
    ReadOnlyMemory<float> Vector,
    DateTimeOffset OccurredAt,
    IReadOnlyDictionary<string, string> Payload);
