namespace GenGateway.Storage;

/// <summary>Selects points: always one tenant, optionally one user and a set of kinds.</summary>
/// <param name="Tenant">Tenant whose points are selected (required).</param>
/// <param name="UserId">When set, only this user's points.</param>
/// <param name="Kinds">When set and non-empty, only points whose kind is one of these.</param>
public sealed record VectorFilter(string Tenant, string? UserId = null, IReadOnlyList<string>? Kinds = null);
