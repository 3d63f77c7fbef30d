using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>Reads assertion values, which arrive as JSON converted from YAML.</summary>
internal static class AssertionValues
{
    /// <summary>A string or a list of scalars as strings; null when the value is neither.</summary>
    public static IReadOnlyList<string>? Strings(JsonNode? value) => value switch
    {
        JsonArray array when array.All(n => n is JsonValue) => [.. array.Select(n => Scalar(n!))],
        JsonValue scalar => [Scalar(scalar)],
        _ => null,
    };

    /// <summary>A single scalar as a string; null when the value is a list, a map or missing.</summary>
    public static string? String(JsonNode? value) => value is JsonValue scalar ? Scalar(scalar) : null;

    /// <summary>A whole number, written as a number or a numeric string.</summary>
    public static long? Integer(JsonNode? value) => value is JsonValue scalar && long.TryParse(Scalar(scalar), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Text of a scalar without JSON quotes.</summary>
    public static string Scalar(JsonNode node) => node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    /// <summary>A whole number from a map's key, or null.</summary>
    public static long? Integer(JsonObject map, string key) => map.TryGetPropertyValue(key, out var v) ? Integer(v) : null;
}
