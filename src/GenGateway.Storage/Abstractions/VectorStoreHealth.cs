namespace GenGateway.Storage;

/// <summary>Result of a store health check.</summary>
/// <param name="Healthy">Whether the store can serve reads and writes.</param>
/// <param name="Backend">Backend name: <c>embedded</c> or <c>qdrant</c>.</param>
/// <param name="Detail">What is wrong, or a short description when healthy.</param>
public sealed record VectorStoreHealth(bool Healthy, string Backend, string? Detail);
