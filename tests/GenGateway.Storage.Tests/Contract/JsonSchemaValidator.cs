using System.Globalization;
using System.Text.Json;

namespace GenGateway.Storage.Tests.Contract;

/// <summary>
/// Validates JSON against the spec's OpenAPI 3.0 schemas: <c>$ref</c>, <c>anyOf</c>/<c>oneOf</c>/<c>allOf</c>,
/// <c>nullable</c> (including the <c>{"nullable": true}</c> branch Qdrant uses to mean null), <c>type</c>, <c>enum</c>,
/// <c>required</c>, <c>properties</c>, <c>additionalProperties</c>, <c>items</c>, numeric bounds and the <c>uuid</c> and
/// <c>date-time</c> formats. In strict mode an object schema that declares properties accepts no other keys unless it
/// says <c>additionalProperties</c> — Qdrant's server ignores unknown keys in most bodies, so only this catches a typo.
/// </summary>
public sealed class JsonSchemaValidator(QdrantOpenApiSpec spec, bool strict)
{
    public IReadOnlyList<string> Validate(JsonElement instance, JsonElement schema)
    {
        var errors = new List<string>();
        Check(instance, schema, "$", errors, 0);
        return errors;
    }

    public bool IsValid(JsonElement instance, JsonElement schema) => Validate(instance, schema).Count == 0;

    private void Check(JsonElement value, JsonElement schema, string path, List<string> errors, int depth)
    {
        if (depth > 64)
        {
            errors.Add($"{path}: schema nesting too deep");
            return;
        }

        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, spec.Resolve(reference.GetString()!), path, errors, depth + 1);
            return;
        }

        if (IsNullBranch(schema))
        {
            if (value.ValueKind != JsonValueKind.Null)
            {
                errors.Add($"{path}: expected null");
            }

            return;
        }

        if (value.ValueKind == JsonValueKind.Null && schema.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            CheckBranches(value, anyOf, path, errors, depth, exactlyOne: false);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            CheckBranches(value, oneOf, path, errors, depth, exactlyOne: true);
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var branch in allOf.EnumerateArray())
            {
                Check(value, branch, path, errors, depth + 1);
            }
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
            return;
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : (schema.TryGetProperty("properties", out _) ? "object" : null);
        switch (type)
        {
            case null:
                return;
            case "object":
                CheckObject(value, schema, path, errors, depth);
                return;
            case "array":
                CheckArray(value, schema, path, errors, depth);
                return;
            case "string":
                CheckString(value, schema, path, errors);
                return;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var whole) || whole != decimal.Truncate(whole))
                {
                    errors.Add($"{path}: expected an integer, got {Kind(value)}");
                    return;
                }

                CheckBounds(value, schema, path, errors);
                return;
            case "number":
                if (value.ValueKind != JsonValueKind.Number)
                {
                    errors.Add($"{path}: expected a number, got {Kind(value)}");
                    return;
                }

                CheckBounds(value, schema, path, errors);
                return;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{path}: expected a boolean, got {Kind(value)}");
                }

                return;
            default:
                errors.Add($"{path}: schema type '{type}' is not supported by this validator");
                return;
        }
    }

    private void CheckBranches(JsonElement value, JsonElement branches, string path, List<string> errors, int depth, bool exactlyOne)
    {
        var failures = new List<string>();
        var matched = 0;
        foreach (var branch in branches.EnumerateArray())
        {
            var branchErrors = new List<string>();
            Check(value, branch, path, branchErrors, depth + 1);
            if (branchErrors.Count == 0)
            {
                matched++;
            }
            else
            {
                failures.Add(string.Join("; ", branchErrors.Take(3)));
            }
        }

        if (matched == 0)
        {
            errors.Add($"{path}: matches none of {(exactlyOne ? "oneOf" : "anyOf")} [{string.Join(" | ", failures)}]");
        }
        else if (exactlyOne && matched > 1)
        {
            errors.Add($"{path}: matches {matched} oneOf branches; exactly one expected");
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<string> errors, int depth)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: expected an object, got {Kind(value)}");
            return;
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: missing required '{name}'");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, childPath, errors, depth + 1);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, childPath, errors, depth + 1);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{childPath}: unknown key (additionalProperties is false)");
            }
            else if (strict && hasProperties && !hasAdditional)
            {
                errors.Add($"{childPath}: unknown key (not a property of this schema)");
            }
        }
    }

    private void CheckArray(JsonElement value, JsonElement schema, string path, List<string> errors, int depth)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{path}: expected an array, got {Kind(value)}");
            return;
        }

        var length = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && length < min.GetInt32())
        {
            errors.Add($"{path}: fewer than {min.GetInt32()} items");
        }

        if (schema.TryGetProperty("maxItems", out var max) && length > max.GetInt32())
        {
            errors.Add($"{path}: more than {max.GetInt32()} items");
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            var raw = value.EnumerateArray().Select(i => i.GetRawText()).ToList();
            if (raw.Distinct(StringComparer.Ordinal).Count() != raw.Count)
            {
                errors.Add($"{path}: items are not unique");
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]", errors, depth + 1);
            }
        }
    }

    private static void CheckString(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}: expected a string, got {Kind(value)}");
            return;
        }

        var text = value.GetString()!;
        if (schema.TryGetProperty("minLength", out var min) && text.Length < min.GetInt32())
        {
            errors.Add($"{path}: shorter than {min.GetInt32()}");
        }

        if (schema.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32())
        {
            errors.Add($"{path}: longer than {max.GetInt32()}");
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format == "uuid" && !Guid.TryParseExact(text, "D", out _))
        {
            errors.Add($"{path}: '{text}' is not a UUID");
        }
        else if (format == "date-time" && !DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add($"{path}: '{text}' is not an RFC 3339 date-time");
        }
    }

    private static void CheckBounds(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        var number = value.GetDouble();
        if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
        {
            errors.Add($"{path}: {number} is below the minimum {min.GetDouble()}");
        }

        if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
        {
            errors.Add($"{path}: {number} is above the maximum {max.GetDouble()}");
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format is "uint" or "uint32" or "uint64" or "uint8" or "uint16" && number < 0)
        {
            errors.Add($"{path}: {number} is negative but the format is {format}");
        }
    }

    /// <summary>Qdrant writes "or null" as an anyOf branch <c>{"nullable": true}</c> with no type.</summary>
    private static bool IsNullBranch(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && schema.TryGetProperty("nullable", out var n) && n.ValueKind == JsonValueKind.True
        && !schema.TryGetProperty("type", out _) && !schema.TryGetProperty("$ref", out _)
        && !schema.TryGetProperty("anyOf", out _) && !schema.TryGetProperty("oneOf", out _)
        && !schema.TryGetProperty("allOf", out _) && !schema.TryGetProperty("properties", out _);

    private static string Kind(JsonElement value) => value.ValueKind.ToString().ToLowerInvariant();
}
