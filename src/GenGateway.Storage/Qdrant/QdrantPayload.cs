using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// How a <see cref="VectorPoint"/> is laid out in a Qdrant payload: key fields at the top level (indexed and filtered
/// on), the caller's payload under <c>data</c> so its keys can never collide with them.
/// </summary>
internal static class QdrantPayload
{
    public const string Tenant = "tenant";
    public const string UserId = "user_id";
    public const string EventId = "event_id";
    public const string Kind = "kind";
    public const string OccurredAt = "occurred_at";
    public const string Data = "data";

    public static JsonObject From(VectorPoint point)
    {
        var data = new JsonObject();
        foreach (var (key, value) in point.Payload)
        {
            data[key] = value;
        }

        return new JsonObject
        {
            [Tenant] = point.Tenant,
            [UserId] = point.UserId,
            [EventId] = point.Id,
            [Kind] = point.Kind,
            [OccurredAt] = point.OccurredAt.ToString("O", CultureInfo.InvariantCulture),
            [Data] = data,
        };
    }

    /// <summary>Rebuilds the point from a returned record; a point not written by GenGateway is reported, not guessed.</summary>
    public static VectorPoint ToPoint(QdrantRecord record)
    {
        if (record.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            throw new QdrantException("read points", null, $"Qdrant returned point {record.Id} without a payload; it was not written by GenGateway.");
        }

        string Required(string name) =>
            payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new QdrantException("read points", null, $"Point {record.Id} has no string payload field '{name}'; it was not written by GenGateway.");

        var occurredText = Required(OccurredAt);
        if (!DateTimeOffset.TryParse(occurredText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var occurredAt))
        {
            throw new QdrantException("read points", null, $"Point {record.Id} has an unreadable occurred_at '{occurredText}'.");
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (payload.TryGetProperty(Data, out var dataElement) && dataElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in dataElement.EnumerateObject())
            {
                data[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return new VectorPoint(Required(Tenant), Required(UserId), Required(EventId), Required(Kind), record.Vector ?? ReadOnlyMemory<float>.Empty, occurredAt, data);
    }
}
