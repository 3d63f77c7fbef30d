using System.Text.Json.Nodes;

namespace GenGateway.Storage.Tests.Fakes;

/// <summary>Qdrant filter semantics for the conditions the store sends (and a few more): must / should / must_not, match value / any / except, has_id, nested filters.</summary>
public static class FakeQdrantFilter
{
    public static bool Matches(JsonNode? filter, string id, JsonObject payload)
    {
        if (filter is not JsonObject f)
        {
            return true;
        }

        if (f["must"] is { } must && !Conditions(must).All(c => Condition(c, id, payload)))
        {
            return false;
        }

        if (f["must_not"] is { } mustNot && Conditions(mustNot).Any(c => Condition(c, id, payload)))
        {
            return false;
        }

        if (f["should"] is { } should)
        {
            var list = Conditions(should).ToList();
            if (list.Count > 0 && !list.Any(c => Condition(c, id, payload)))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonArray Conditions(JsonNode node) => node as JsonArray ?? [node.DeepClone()];

    private static bool Condition(JsonNode? condition, string id, JsonObject payload)
    {
        if (condition is not JsonObject c)
        {
            throw new InvalidOperationException("condition must be an object");
        }

        if (c["has_id"] is JsonArray ids)
        {
            return ids.Any(x => string.Equals(x!.ToString(), id, StringComparison.OrdinalIgnoreCase));
        }

        if (c.ContainsKey("must") || c.ContainsKey("should") || c.ContainsKey("must_not"))
        {
            return Matches(c, id, payload);
        }

        var key = c["key"]?.GetValue<string>() ?? throw new InvalidOperationException("condition without key");
        var values = Values(payload[key]);
        if (c["match"] is JsonObject match)
        {
            if (match.TryGetPropertyValue("value", out var value))
            {
                return values.Contains(value!.ToString());
            }

            if (match["any"] is JsonArray any)
            {
                return any.Any(x => values.Contains(x!.ToString()));
            }

            if (match["except"] is JsonArray except)
            {
                return values.Count > 0 && !values.Any(v => except.Any(x => x!.ToString() == v));
            }
        }

        throw new InvalidOperationException($"unsupported condition {c.ToJsonString()}");
    }

    private static List<string> Values(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(x => x!.ToString()).ToList(),
        _ => [node.ToString()],
    };
}
