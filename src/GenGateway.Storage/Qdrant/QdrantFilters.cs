using System.Text.Json.Nodes;

namespace GenGateway.Storage.Qdrant;

/// <summary>Builds Qdrant <c>Filter</c> bodies. Every filter carries the tenant condition: Qdrant does not add it.</summary>
internal static class QdrantFilters
{
    public static JsonObject For(VectorFilter filter)
    {
        var must = new JsonArray { Match(QdrantPayload.Tenant, filter.Tenant) };
        if (filter.UserId is not null)
        {
            must.Add(Match(QdrantPayload.UserId, filter.UserId));
        }

        if (filter.Kinds is { Count: > 0 } kinds)
        {
            var any = new JsonArray();
            foreach (var kind in kinds.Distinct(StringComparer.Ordinal))
            {
                any.Add(kind);
            }

            must.Add(new JsonObject { ["key"] = QdrantPayload.Kind, ["match"] = new JsonObject { ["any"] = any } });
        }

        return new JsonObject { ["must"] = must };
    }

    private static JsonObject Match(string key, string value) =>
        new() { ["key"] = key, ["match"] = new JsonObject { ["value"] = value } };
}
