using System.Text.Json;

namespace GenGateway.Storage.Qdrant;

/// <summary>A point as Qdrant returns it (Record or ScoredPoint), before it is mapped back to a <see cref="VectorPoint"/>.</summary>
/// <param name="Id">Point id as text (a UUID, or an unsigned integer).</param>
/// <param name="Score">Score for query results; 0 for retrieved or scrolled records.</param>
/// <param name="Payload">Payload object, or null when none was returned.</param>
/// <param name="Vector">The unnamed dense vector, or null when none was returned (or it is named, multi or sparse).</param>
internal sealed record QdrantRecord(string Id, float Score, JsonElement? Payload, float[]? Vector);
