using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace GenGateway.Storage.Qdrant;

/// <summary>Builds Qdrant filters. Every filter carries the tenant condition: Qdrant does not add it.</summary>
internal static class QdrantFilters
{
    public static Filter For(VectorFilter filter)
    {
        var result = ForUser(filter.Tenant, filter.UserId);
        if (filter.Kinds is { Count: > 0 } kinds)
        {
            result.Must.Add(Match(QdrantPayload.Kind, kinds.Distinct(StringComparer.Ordinal).ToList()));
        }

        return result;
    }

    /// <summary>The tenant, and the user when given.</summary>
    public static Filter ForUser(string tenant, string? userId)
    {
        var result = new Filter { Must = { MatchKeyword(QdrantPayload.Tenant, tenant) } };
        if (userId is not null)
        {
            result.Must.Add(MatchKeyword(QdrantPayload.UserId, userId));
        }

        return result;
    }
}
