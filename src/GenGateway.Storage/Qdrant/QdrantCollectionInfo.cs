namespace GenGateway.Storage.Qdrant;

/// <summary>What the store needs from <c>CollectionInfo</c>.</summary>
/// <param name="VectorSize">Size of the unnamed vector, or null when the collection uses named vectors.</param>
/// <param name="Distance">Distance of the unnamed vector.</param>
/// <param name="Embedder">Embedder recorded in the collection metadata by GenGateway, if any.</param>
/// <param name="IndexedFields">Payload fields that have an index.</param>
/// <param name="PointsCount">Approximate number of points, when reported.</param>
internal sealed record QdrantCollectionInfo(int? VectorSize, string? Distance, EmbedderIdentity? Embedder, IReadOnlySet<string> IndexedFields, long? PointsCount);
