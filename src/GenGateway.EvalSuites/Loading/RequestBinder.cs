using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GenGateway.Core.Requests;

namespace GenGateway.EvalSuites.Loading;

/// <summary>
/// Turns a case's vars into the task's request. Vars may be nested (<c>brief: {product: ...}</c>) or dotted
/// (<c>brief.product</c>, <c>thread.0.text</c>); top-level names that are request fields build the request, with
/// unknown nested fields rejected so a typo is caught; any other top-level var is kept for templates only.
/// </summary>
internal static class RequestBinder
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly FrozenDictionary<TaskKind, FrozenSet<string>> FieldNames = Enum.GetValues<TaskKind>().ToFrozenDictionary(
        k => k,
        k => Options.GetTypeInfo(RequestType(k)).Properties
            .Where(p => p.AttributeProvider?.IsDefined(typeof(JsonIgnoreAttribute), inherit: true) != true)
            .Select(p => p.Name)
            .ToFrozenSet(StringComparer.Ordinal));

    public static Type RequestType(TaskKind kind) => kind switch
    {
        TaskKind.SubjectLines => typeof(SubjectLineRequest),
        TaskKind.SmartReplies => typeof(SmartReplyRequest),
        _ => typeof(UiCopyRequest),
    };

    /// <summary>The task a prompt function belongs to, by its name; null for an unknown name.</summary>
    public static TaskKind? TaskFor(string promptName) => promptName.ToLowerInvariant() switch
    {
        "subject-lines" => TaskKind.SubjectLines,
        "smart-replies" => TaskKind.SmartReplies,
        "ui-copy" => TaskKind.UiCopy,
        _ => null,
    };

    /// <summary>Expands dotted names into nested objects and objects keyed 0..n-1 into arrays.</summary>
    public static JsonObject Expand(JsonObject vars)
    {
        var result = new JsonObject();
        foreach (var (key, value) in vars)
        {
            var parts = key.Split('.');
            var target = result;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                if (target[parts[i]] is not JsonObject next)
                {
                    next = new JsonObject();
                    target[parts[i]] = next;
                }

                target = next;
            }

            var leaf = value is JsonObject nested ? Expand(nested) : value?.DeepClone();
            target[parts[^1]] = target[parts[^1]] is JsonObject existing && leaf is JsonObject incoming ? Merge(existing, incoming) : leaf;
        }

        return (JsonObject)Arrayify(result)!;
    }

    /// <summary>Deep merge: values of <paramref name="over"/> win, maps merge key by key.</summary>
    public static JsonObject Merge(JsonObject under, JsonObject over)
    {
        var result = (JsonObject)under.DeepClone();
        foreach (var (key, value) in over)
        {
            result[key] = result[key] is JsonObject a && value is JsonObject b ? Merge(a, b) : value?.DeepClone();
        }

        return result;
    }

    /// <summary>Builds the request; returns an error message naming the field when the vars do not fit.</summary>
    public static (ITaskRequest? Request, JsonObject RequestJson, string? Error) Bind(TaskKind kind, JsonObject vars)
    {
        var fields = FieldNames[kind];
        var requestJson = new JsonObject();
        foreach (var (key, value) in vars)
        {
            if (fields.Contains(key))
            {
                requestJson[key] = value?.DeepClone();
            }
        }

        try
        {
            var request = (ITaskRequest?)requestJson.Deserialize(RequestType(kind), Options);
            return request is null ? (null, requestJson, "vars do not make a request") : (request, requestJson, null);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 2 } path ? $" at {path[2..]}" : string.Empty;
            return (null, requestJson, $"vars do not fit a {NameOf(kind)} request{where}: {GenGateway.Core.Validation.JsonErrorText.Describe(ex)}");
        }
    }

    /// <summary>The task's name as prompts and configuration spell it.</summary>
    public static string NameOf(TaskKind kind) => kind switch
    {
        TaskKind.SubjectLines => "subject-lines",
        TaskKind.SmartReplies => "smart-replies",
        _ => "ui-copy",
    };

    /// <summary>All request field names of a task, for messages.</summary>
    public static IEnumerable<string> Fields(TaskKind kind) => FieldNames[kind].Order(StringComparer.Ordinal);

    /// <summary>Flattens vars to dotted names with text values; lists join with ", " and also appear by index.</summary>
    public static Dictionary<string, string> Flatten(JsonObject vars)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(vars, string.Empty, result);
        return result;
    }

    private static void Flatten(JsonNode? node, string prefix, Dictionary<string, string> result)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Flatten(value, prefix.Length == 0 ? key : $"{prefix}.{key}", result);
                }

                break;
            case JsonArray array:
                result[prefix] = string.Join(", ", array.Select(n => n is JsonValue v ? Scalar(v) : n?.ToJsonString() ?? string.Empty));
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{prefix}.{i.ToString(CultureInfo.InvariantCulture)}", result);
                }

                break;
            case JsonValue value:
                result[prefix] = Scalar(value);
                break;
            default:
                result[prefix] = string.Empty;
                break;
        }
    }

    private static string Scalar(JsonValue value) => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    private static JsonNode? Arrayify(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return node;
        }

        foreach (var key in obj.Select(p => p.Key).ToList())
        {
            obj[key] = Arrayify(obj[key]?.DeepClone());
        }

        var indexes = obj.Select(p => int.TryParse(p.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1).ToList();
        if (obj.Count > 0 && indexes.All(i => i >= 0) && indexes.Order().SequenceEqual(Enumerable.Range(0, obj.Count)))
        {
            return new JsonArray([.. obj.OrderBy(p => int.Parse(p.Key, CultureInfo.InvariantCulture)).Select(p => p.Value?.DeepClone())]);
        }

        return obj;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
