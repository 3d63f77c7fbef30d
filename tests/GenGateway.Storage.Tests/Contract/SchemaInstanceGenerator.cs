using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenGateway.Storage.Tests.Contract;

/// <summary>
/// Builds JSON instances of a spec schema so the response parsers see every shape the spec allows. Variant
/// <c>n</c> takes branch <c>n mod count</c> at every anyOf/oneOf and enum value <c>n mod count</c>; even variants fill
/// every property, odd ones only the required ones.
/// </summary>
public sealed class SchemaInstanceGenerator(QdrantOpenApiSpec spec)
{
    private const int MaxDepth = 40;

    public JsonNode? Generate(JsonElement schema, int variant) => Build(schema, variant, 0, []);

    /// <summary>How many variants reach every branch of the widest anyOf/oneOf and enum reachable from <paramref name="schema"/>.</summary>
    public int VariantCount(JsonElement schema)
    {
        var widest = 2;
        Walk(schema, new HashSet<string>(StringComparer.Ordinal), ref widest, 0);
        return widest * 2;
    }

    private void Walk(JsonElement schema, HashSet<string> seen, ref int widest, int depth)
    {
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            if (seen.Add(reference.GetString()!))
            {
                Walk(spec.Resolve(reference.GetString()!), seen, ref widest, depth + 1);
            }

            return;
        }

        foreach (var keyword in new[] { "anyOf", "oneOf", "allOf", "enum" })
        {
            if (schema.TryGetProperty(keyword, out var list))
            {
                widest = Math.Max(widest, list.GetArrayLength());
                if (keyword != "enum")
                {
                    foreach (var branch in list.EnumerateArray())
                    {
                        Walk(branch, seen, ref widest, depth + 1);
                    }
                }
            }
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                Walk(property.Value, seen, ref widest, depth + 1);
            }
        }

        foreach (var keyword in new[] { "items", "additionalProperties" })
        {
            if (schema.TryGetProperty(keyword, out var child))
            {
                Walk(child, seen, ref widest, depth + 1);
            }
        }
    }

    private JsonNode? Build(JsonElement schema, int variant, int depth, List<string> refs)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return JsonValue.Create("any");
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            if (refs.Contains(name))
            {
                return Minimal(spec.Resolve(name));
            }

            refs.Add(name);
            var built = Build(spec.Resolve(name), variant, depth + 1, refs);
            refs.RemoveAt(refs.Count - 1);
            return built;
        }

        var nullable = schema.TryGetProperty("nullable", out var n) && n.ValueKind == JsonValueKind.True;
        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(keyword, out var branches))
            {
                var list = branches.EnumerateArray().ToList();
                var chosen = list[variant % list.Count];

                // A branch that recurses into a schema already being built would not end; take null or a leaf instead.
                if (chosen.TryGetProperty("$ref", out var r) && refs.Contains(r.GetString()!))
                {
                    chosen = list.FirstOrDefault(IsNullBranch, list.FirstOrDefault(b => !b.TryGetProperty("$ref", out _), chosen));
                }

                return IsNullBranch(chosen) ? null : Build(chosen, variant, depth + 1, refs);
            }
        }

        if (schema.TryGetProperty("allOf", out var all))
        {
            return Build(all[0], variant, depth + 1, refs);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var list = values.EnumerateArray().ToList();
            return JsonNode.Parse(list[variant % list.Count].GetRawText());
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : (schema.TryGetProperty("properties", out _) ? "object" : null);
        switch (type)
        {
            case "object":
                var result = new JsonObject();
                var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToHashSet() : [];
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        if (variant % 2 == 0 || required.Contains(property.Name))
                        {
                            result[property.Name] = Build(property.Value, variant, depth + 1, refs);
                        }
                    }
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
                {
                    result["key_" + depth] = Build(additional, variant, depth + 1, refs);
                }

                return result;
            case "array":
                var array = new JsonArray();
                if (schema.TryGetProperty("items", out var items))
                {
                    array.Add(Build(items, variant, depth + 1, refs));
                }

                return array;
            case "string":
                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                return format switch
                {
                    "uuid" => "8f5c2e52-1c1e-5a77-9e1b-3f0f7d0c1a2b",
                    "date-time" => "2026-11-20T09:15:00Z",
                    _ => "text",
                };
            case "integer":
                return (long)Bounded(schema, Math.Ceiling(Lower(schema) ?? 3) + (variant % 3));
            case "number":
                return Bounded(schema, (Lower(schema) ?? 0) + 0.25 + (variant % 3));
            case "boolean":
                return variant % 2 == 0;
            default:
                return nullable ? null : "any";
        }
    }

    private static double? Lower(JsonElement schema) => schema.TryGetProperty("minimum", out var min) ? min.GetDouble() : null;

    private static double Bounded(JsonElement schema, double value) =>
        schema.TryGetProperty("maximum", out var max) ? Math.Min(value, max.GetDouble()) : value;

    private static JsonNode Minimal(JsonElement schema) =>
        (schema.TryGetProperty("type", out var t) ? t.GetString() : null) switch
        {
            "array" => new JsonArray(),
            "string" => "text",
            "integer" => 1,
            "number" => 1.5,
            "boolean" => true,
            _ => new JsonObject(),
        };

    private static bool IsNullBranch(JsonElement schema) =>
        schema.TryGetProperty("nullable", out var n) && n.ValueKind == JsonValueKind.True
        && !schema.TryGetProperty("type", out _) && !schema.TryGetProperty("$ref", out _) && !schema.TryGetProperty("properties", out _);
}
