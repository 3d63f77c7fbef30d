namespace GenGateway.Storage;

/// <summary>A search hit.</summary>
/// <param name="Point">The stored point.</param>
/// <param name="Score">Cosine similarity between the query and the point's vector.</param>
public sealed record VectorMatch(VectorPoint Point, float Score);
