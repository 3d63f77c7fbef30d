namespace GenGateway.Storage.Embedded.Log;

/// <summary>The fields of a point record the in-memory index keeps (payload stays on disk).</summary>
internal readonly record struct PointHeader(string Tenant, string UserId, string Id, string Kind, DateTimeOffset OccurredAt, int Dimension);
