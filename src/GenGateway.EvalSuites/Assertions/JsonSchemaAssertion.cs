using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// The JSON Schema of an <c>is-json</c> or <c>json-schema</c> assertion, evaluated by JsonSchema.Net (draft 2020-12
/// unless the schema's <c>$schema</c> says otherwise). A keyword JSON Schema does not define is rejected when the
/// suite loads: the standard would ignore it, and a misspelt <c>requried</c> would then pass everything.
/// </summary>
internal static class JsonSchemaAssertion
{
    private static readonly ConditionalWeakTable<JsonNode, JsonSchema> Parsed = [];

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>What is wrong with <paramref name="schema"/> as a schema; null when it can be used.</summary>
    public static string? Problem(JsonNode? schema)
    {
        if (schema is not JsonObject)
        {
            return schema is null ? "the schema is missing" : "a schema must be a map";
        }

        try
        {
            return Unrecognized(Parse(schema)) is { } keyword ? $"schema keyword '{keyword}' is not a JSON Schema keyword" : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            return "the schema is not valid JSON Schema: " + ex.Message;
        }
    }

    /// <summary>The first violation, as <c>$.path: message</c>, or null when <paramref name="instance"/> matches.</summary>
    public static string? Violation(JsonNode? instance, JsonNode schema)
    {
        var results = Parse(schema).Evaluate(instance, Options);
        if (results.IsValid)
        {
            return null;
        }

        var failed = new[] { results }.Concat(results.Details).FirstOrDefault(r => r.HasErrors);
        return failed is null
            ? "$: does not match the schema"
            : $"{PathOf(failed.InstanceLocation.ToString())}: {failed.Errors!.Values.First()}";
    }

    private static JsonSchema Parse(JsonNode schema) =>
        Parsed.GetValue(schema, node => node.Deserialize<JsonSchema>() ?? throw new JsonException("the schema is empty"));

    private static string? Unrecognized(JsonSchema schema)
    {
        foreach (var keyword in schema.Keywords ?? [])
        {
            if (keyword is UnrecognizedKeyword unknown)
            {
                return unknown.Name;
            }

            var nested = keyword switch
            {
                ISchemaContainer { Schema: { } single } => [single],
                ISchemaCollector collector => collector.Schemas,
                IKeyedSchemaCollector keyed => keyed.Schemas.Values,
                _ => [],
            };
            if (nested.Select(Unrecognized).FirstOrDefault(name => name is not null) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    // A JSON Pointer such as /items/0/name, written the way the reports have always shown it: $.items[0].name.
    private static string PathOf(string pointer)
    {
        var path = new StringBuilder("$");
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path.Append(int.TryParse(name, out _) ? $"[{name}]" : $".{name}");
        }

        return path.ToString();
    }
}
