using Qdrant.Client.Grpc;

namespace GenGateway.TestSupport.Qdrant;

/// <summary>One collection inside the fake: its vector configuration, metadata, payload indexes and points by id.</summary>
public sealed class FakeQdrantCollection(ulong size, Distance distance, IReadOnlyDictionary<string, Value> metadata)
{
    public ulong Size { get; } = size;

    public Distance Distance { get; } = distance;

    public IReadOnlyDictionary<string, Value> Metadata { get; } = metadata;

    public Dictionary<string, PayloadSchemaInfo> PayloadSchema { get; } = new(StringComparer.Ordinal);

    /// <summary>Points in id order, which is the order Qdrant's scroll pages in.</summary>
    public SortedDictionary<string, FakeQdrantPoint> Points { get; } = new(StringComparer.Ordinal);
}

/// <summary>A stored point: its id as Qdrant prints it, the (normalized, for cosine) vector and the payload.</summary>
public sealed record FakeQdrantPoint(PointId Id, float[] Vector, Google.Protobuf.Collections.MapField<string, Value> Payload);
