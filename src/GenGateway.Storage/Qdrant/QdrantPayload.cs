using System.Globalization;
using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;

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

    public static PointStruct ToPointStruct(VectorPoint point)
    {
        var data = new Struct();
        foreach (var (key, value) in point.Payload)
        {
            data.Fields[key] = value;
        }

        return new PointStruct
        {
            Id = QdrantPointIds.For(point.Tenant, point.UserId, point.Id),
            Vectors = point.Vector.ToArray(),
            Payload =
            {
                [Tenant] = point.Tenant,
                [UserId] = point.UserId,
                [EventId] = point.Id,
                [Kind] = point.Kind,
                [OccurredAt] = point.OccurredAt.ToString("O", CultureInfo.InvariantCulture),
                [Data] = new Value { StructValue = data },
            },
        };
    }

    /// <summary>Rebuilds the point from a returned one; a point not written by GenGateway is reported, not guessed.</summary>
    public static VectorPoint ToPoint(PointId id, MapField<string, Value> payload, VectorsOutput? vectors)
    {
        string Required(string name) =>
            payload.TryGetValue(name, out var value) && value.KindCase == Value.KindOneofCase.StringValue
                ? value.StringValue
                : throw new QdrantStoreException("read points", null, $"Point {id} has no string payload field '{name}'; it was not written by GenGateway.");

        var occurredText = Required(OccurredAt);
        if (!DateTimeOffset.TryParse(occurredText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var occurredAt))
        {
            throw new QdrantStoreException("read points", null, $"Point {id} has an unreadable occurred_at '{occurredText}'.");
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (payload.TryGetValue(Data, out var dataValue) && dataValue.KindCase == Value.KindOneofCase.StructValue)
        {
            foreach (var (key, value) in dataValue.StructValue.Fields)
            {
                data[key] = value.KindCase == Value.KindOneofCase.StringValue ? value.StringValue : value.ToString();
            }
        }

        var vector = vectors?.Vector?.GetDenseVector()?.Data.ToArray() ?? [];
        return new VectorPoint(Required(Tenant), Required(UserId), Required(EventId), Required(Kind), vector, occurredAt, data);
    }
}
