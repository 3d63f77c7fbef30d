using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// A JSON Schema validator for the keywords suites use: <c>type</c> (string or list), <c>enum</c>, <c>const</c>,
/// <c>properties</c>, <c>required</c>, <c>additionalProperties</c> (boolean or schema), <c>items</c>,
/// <c>minItems</c>, <c>maxItems</c>, <c>minLength</c>, <c>maxLength</c>, <c>pattern</c>, <c>minimum</c>,
/// <c>maximum</c>, <c>anyOf</c>, <c>allOf</c>. No validator package restores here; any other keyword is
/// rejected when the suite loads rather than silently ignored.
/// </summary>
internal static class JsonSchemaValidator
{
    private static readonly HashSet<string> Supported =
    [
        "type", "enum", "const", "properties", "required", "additionalProperties", "items", "minItems", "maxItems",
        "minLength", "maxLength", "pattern", "minimum", "maximum", "anyOf", "allOf", "$schema", "title", "description",
    ];

    /// <summary>Names keywords this validator does not implement; null when the schema is fully understood.</summary>
    public static string? Unsupported(JsonNode? schema)
    {
        if (schema is not JsonObject map)
        {
            return schema is null ? "the schema is missing" : "a schema must be a map";
        }

        foreach (var (key, value) in map)
        {
            if (!Supported.Contains(key))
            {
                return $"schema keyword '{key}' is not supported (supported: {string.Join(", ", Supported.Order(StringComparer.Ordinal))})";
            }

            var nested = key switch
            {
                "properties" => (value as JsonObject)?.Select(p => Unsupported(p.Value)).FirstOrDefault(e => e is not null),
                "items" or "additionalProperties" when value is JsonObject => Unsupported(value),
                "anyOf" or "allOf" => (value as JsonArray)?.Select(Unsupported).FirstOrDefault(e => e is not null),
                _ => null,
            };
            if (nested is not null)
            {
                return nested;
            }
        }

        return null;
    }

    /// <summary>Validates an instance; returns the first violation with its JSON path, or null.</summary>
    public static string? Validate(JsonNode? instance, JsonNode schema, string path = "$")
    {
        if (schema is not JsonObject s)
        {
            return null;
        }

        if (s["type"] is { } type)
        {
            var allowed = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Any(t => IsType(instance, t)))
            {
                return $"{path}: expected {string.Join(" or ", allowed)}, got {KindOf(instance)}";
            }
        }

        if (s["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, instance)))
        {
            return $"{path}: {instance?.ToJsonString() ?? "null"} is not one of {options.ToJsonString()}";
        }

        if (s.TryGetPropertyValue("const", out var constant) && !JsonNode.DeepEquals(constant, instance))
        {
            return $"{path}: expected {constant?.ToJsonString() ?? "null"}";
        }

        return instance switch
        {
            JsonObject obj => ValidateObject(obj, s, path),
            JsonArray array => ValidateArray(array, s, path),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => ValidateString(value.GetValue<string>(), s, path),
            JsonValue value when value.GetValueKind() == JsonValueKind.Number => ValidateNumber(value.GetValue<double>(), s, path),
            _ => null,
        } ?? ValidateCombinators(instance, s, path);
    }

    private static string? ValidateObject(JsonObject obj, JsonObject s, string path)
    {
        foreach (var name in (s["required"] as JsonArray)?.Select(r => r!.GetValue<string>()) ?? [])
        {
            if (!obj.ContainsKey(name))
            {
                return $"{path}: required property '{name}' is missing";
            }
        }

        var properties = s["properties"] as JsonObject;
        foreach (var (name, value) in obj)
        {
            if (properties?[name] is { } propertySchema)
            {
                if (Validate(value, propertySchema, $"{path}.{name}") is { } error)
                {
                    return error;
                }
            }
            else if (s["additionalProperties"] is { } additional)
            {
                if (additional is JsonValue flag && flag.GetValueKind() == JsonValueKind.False)
                {
                    return $"{path}: property '{name}' is not allowed";
                }

                if (Validate(value, additional, $"{path}.{name}") is { } error)
                {
                    return error;
                }
            }
        }

        return null;
    }

    private static string? ValidateArray(JsonArray array, JsonObject s, string path)
    {
        if (s["minItems"] is { } min && array.Count < min.GetValue<double>())
        {
            return $"{path}: {array.Count} items, fewer than {min}";
        }

        if (s["maxItems"] is { } max && array.Count > max.GetValue<double>())
        {
            return $"{path}: {array.Count} items, more than {max}";
        }

        if (s["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (Validate(array[i], items, $"{path}[{i}]") is { } error)
                {
                    return error;
                }
            }
        }

        return null;
    }

    private static string? ValidateString(string text, JsonObject s, string path)
    {
        var length = new StringInfo(text).LengthInTextElements;
        if (s["minLength"] is { } min && length < min.GetValue<double>())
        {
            return $"{path}: length {length} is less than {min}";
        }

        if (s["maxLength"] is { } max && length > max.GetValue<double>())
        {
            return $"{path}: length {length} is more than {max}";
        }

        return s["pattern"] is { } pattern && !Regex.IsMatch(text, pattern.GetValue<string>(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            ? $"{path}: \"{text}\" does not match /{pattern}/"
            : null;
    }

    private static string? ValidateNumber(double number, JsonObject s, string path)
    {
        if (s["minimum"] is { } min && number < min.GetValue<double>())
        {
            return $"{path}: {number.ToString(CultureInfo.InvariantCulture)} is less than {min}";
        }

        return s["maximum"] is { } max && number > max.GetValue<double>()
            ? $"{path}: {number.ToString(CultureInfo.InvariantCulture)} is more than {max}"
            : null;
    }

    private static string? ValidateCombinators(JsonNode? instance, JsonObject s, string path)
    {
        if (s["allOf"] is JsonArray all)
        {
            foreach (var schema in all)
            {
                if (Validate(instance, schema!, path) is { } error)
                {
                    return error;
                }
            }
        }

        if (s["anyOf"] is JsonArray any && any.All(schema => Validate(instance, schema!, path) is not null))
        {
            return $"{path}: matches none of anyOf";
        }

        return null;
    }

    private static bool IsType(JsonNode? node, string type) => type switch
    {
        "null" => node is null,
        "object" => node is JsonObject,
        "array" => node is JsonArray,
        "string" => node is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        "integer" => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && Math.Abs(v.GetValue<double>() % 1) < double.Epsilon,
        _ => false,
    };

    private static string KindOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind().ToString().ToLowerInvariant(),
    };
}
