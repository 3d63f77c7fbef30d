using System.Text.Json.Nodes;

namespace GenGateway.Storage.Tests.Fakes;

/// <summary>State of one collection in the fake.</summary>
public sealed class FakeQdrantCollection(int size, string distance, JsonNode? metadata)
{
    public int Size { get; } = size;

    public string Distance { get; } = distance;

    public JsonNode? Metadata { get; } = metadata;

    public Dictionary<string, JsonNode> PayloadSchema { get; } = new(StringComparer.Ordinal);

    /// <summary>Points by id, kept in id order as Qdrant pages them.</summary>
    public SortedDictionary<string, (float[] Vector, JsonObject Payload)> Points { get; } = new(StringComparer.Ordinal);
}
