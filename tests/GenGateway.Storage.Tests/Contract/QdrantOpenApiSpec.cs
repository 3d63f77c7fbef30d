using System.Text.Json;
using System.Text.RegularExpressions;

namespace GenGateway.Storage.Tests.Contract;

/// <summary>
/// Qdrant's published OpenAPI document, read from <c>QDRANT_OPENAPI_SPEC</c> (it is not project code and stays out
/// of the repository). Missing or unreadable, it fails the test loudly.
/// </summary>
public sealed class QdrantOpenApiSpec
{
    private readonly JsonElement _root;

    private QdrantOpenApiSpec(JsonElement root, string path)
    {
        _root = root;
        Path = path;
    }

    public string Path { get; }

    public JsonElement Root => _root;

    public static QdrantOpenApiSpec Load()
    {
        var path = Environment.GetEnvironmentVariable("QDRANT_OPENAPI_SPEC");
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException(
                "Contract tests need QDRANT_OPENAPI_SPEC set to Qdrant's openapi.json (v1.19), e.g. ../shared/qdrant/openapi.json; .ci/run sets it.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"QDRANT_OPENAPI_SPEC points at {path}, which does not exist.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return new QdrantOpenApiSpec(document.RootElement.Clone(), path);
    }

    public string Version => _root.GetProperty("info").GetProperty("version").GetString()!;

    /// <summary>The path template (e.g. <c>/collections/{collection_name}/points</c>) that <paramref name="path"/> is an instance of.</summary>
    public string TemplateFor(string method, string path)
    {
        foreach (var template in _root.GetProperty("paths").EnumerateObject())
        {
            var pattern = "^" + Regex.Replace(Regex.Escape(template.Name), @"\\\{[^}]+}", "[^/]+") + "$";
            if (Regex.IsMatch(path, pattern) && template.Value.TryGetProperty(method.ToLowerInvariant(), out _))
            {
                return template.Name;
            }
        }

        throw new InvalidOperationException($"The spec has no operation {method} {path}.");
    }

    public JsonElement Operation(string method, string template) =>
        _root.GetProperty("paths").GetProperty(template).GetProperty(method.ToLowerInvariant());

    public string OperationId(string method, string template) => Operation(method, template).GetProperty("operationId").GetString()!;

    public JsonElement? RequestSchema(string method, string template) =>
        Operation(method, template).TryGetProperty("requestBody", out var body)
            ? body.GetProperty("content").GetProperty("application/json").GetProperty("schema")
            : null;

    /// <summary>Query parameters the operation declares, by name.</summary>
    public IReadOnlyDictionary<string, JsonElement> QueryParameters(string method, string template)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (Operation(method, template).TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
            {
                result[parameter.GetProperty("name").GetString()!] = parameter.GetProperty("schema");
            }
        }

        return result;
    }

    /// <summary>Every response the operation declares: status key (200, 4XX, default…), media type and schema (null for none).</summary>
    public IEnumerable<(string Status, string MediaType, JsonElement? Schema)> Responses(string method, string template)
    {
        foreach (var response in Operation(method, template).GetProperty("responses").EnumerateObject())
        {
            if (!response.Value.TryGetProperty("content", out var content))
            {
                yield return (response.Name, string.Empty, null);
                continue;
            }

            foreach (var media in content.EnumerateObject())
            {
                yield return (response.Name, media.Name, media.Value.TryGetProperty("schema", out var schema) ? schema : null);
            }
        }
    }

    public JsonElement Schema(string name) => _root.GetProperty("components").GetProperty("schemas").GetProperty(name);

    public JsonElement Resolve(string reference)
    {
        const string Prefix = "#/components/schemas/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unsupported $ref {reference}.");
        }

        return Schema(reference[Prefix.Length..]);
    }
}
