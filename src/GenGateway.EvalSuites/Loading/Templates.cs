using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GenGateway.EvalSuites.Loading;

/// <summary>
/// <c>{{ name }}</c> substitution from a case's vars (dotted names reach nested ones), so a dataset row's
/// <c>expected</c> column can feed an assertion value as in promptfoo.
/// </summary>
internal static partial class Templates
{
    /// <summary>Renders a string; names without a var are collected in <paramref name="missing"/> and left as written.</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string> vars, ICollection<string> missing) =>
        !text.Contains("{{", StringComparison.Ordinal) ? text : Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (vars.TryGetValue(name, out var value))
            {
                return value;
            }

            missing.Add(name);
            return m.Value;
        });

    /// <summary>Renders every string inside a JSON value.</summary>
    public static JsonNode? Render(JsonNode? node, IReadOnlyDictionary<string, string> vars, ICollection<string> missing) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Render(p.Value, vars, missing)))),
        JsonArray array => new JsonArray([.. array.Select(n => Render(n, vars, missing))]),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String =>
            JsonValue.Create(Render(value.GetValue<string>(), vars, missing)),
        _ => node?.DeepClone(),
    };

    [GeneratedRegex(@"\{\{\s*([\w.\-]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
