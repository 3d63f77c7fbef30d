using System.Globalization;
using System.Net;
using System.Text.Json;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// Parses Qdrant answers: the <c>{result, status, time, usage?}</c> envelope, the typed results the store uses, and
/// errors, which come as <c>ErrorResponse</c> JSON or, from the auth layer, as plain text.
/// </summary>
internal static class QdrantResponses
{
    /// <summary>Metadata key under which GenGateway records its embedder in the collection.</summary>
    public const string MetadataKey = "gengateway_embedder";

    /// <summary>Returns the envelope's <c>result</c> for a 2xx answer; throws a <see cref="QdrantException"/> otherwise.</summary>
    public static JsonElement Result(string operation, HttpStatusCode status, string? mediaType, string body)
    {
        if ((int)status is < 200 or > 299)
        {
            throw Error(operation, status, mediaType, body);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("result", out var result))
            {
                throw new QdrantException(operation, status, $"Qdrant answered {operation} with {(int)status} but no 'result': {Excerpt(body)}");
            }

            return result.Clone();
        }
        catch (JsonException ex)
        {
            throw new QdrantException(operation, status, $"Qdrant answered {operation} with {(int)status} and a body that is not JSON: {Excerpt(body)}", ex);
        }
    }

    /// <summary>Builds the exception for an error answer, with Qdrant's own message when there is one.</summary>
    public static QdrantException Error(string operation, HttpStatusCode status, string? mediaType, string body)
    {
        var detail = ErrorText(mediaType, body);
        var code = (int)status;
        var hint = status switch
        {
            HttpStatusCode.Unauthorized => " Check QDRANT_API_KEY (GenGateway:Qdrant:ApiKey): Qdrant rejected the key or none was sent.",
            HttpStatusCode.Forbidden => " The API key lacks permission for this (a read-only key cannot write).",
            HttpStatusCode.NotFound => " Does the collection exist? EnsureEmbedderAsync creates it.",
            _ => string.Empty,
        };
        return new QdrantException(operation, status, $"Qdrant refused {operation}: {code} {status}: {detail}.{hint}");
    }

    public static IReadOnlyList<QdrantRecord> Records(JsonElement result) =>
        Array(result, "points").Select(Record).ToList();

    public static IReadOnlyList<QdrantRecord> QueryPoints(JsonElement result) =>
        Array(Property(result, "points", "QueryResponse"), "points").Select(Record).ToList();

    public static (IReadOnlyList<QdrantRecord> Points, JsonElement? NextOffset) Scroll(JsonElement result)
    {
        var points = Array(Property(result, "points", "ScrollResult"), "points").Select(Record).ToList();
        JsonElement? next = result.TryGetProperty("next_page_offset", out var offset) && offset.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? offset.Clone()
            : null;
        return (points, next);
    }

    public static long Count(JsonElement result) => Property(result, "count", "CountResult").GetInt64();

    public static bool Exists(JsonElement result) => Property(result, "exists", "CollectionExistence").GetBoolean();

    public static bool Bool(JsonElement result) => result.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Unexpected("a boolean", result),
    };

    /// <summary>Checks an <c>UpdateResult</c>: with wait=true anything but <c>completed</c> means the write is not applied yet.</summary>
    public static string UpdateStatus(string operation, JsonElement result)
    {
        var status = Property(result, "status", "UpdateResult").GetString();
        return status switch
        {
            "completed" or "acknowledged" => status,
            "wait_timeout" => throw new QdrantException(operation, HttpStatusCode.OK, $"Qdrant queued {operation} but did not apply it within the timeout (wait_timeout); it may still be applied later."),
            _ => throw new QdrantException(operation, HttpStatusCode.OK, $"Qdrant answered {operation} with unknown update status '{status}'."),
        };
    }

    public static QdrantCollectionInfo CollectionInfo(JsonElement result)
    {
        var config = Property(result, "config", "CollectionInfo");
        var parameters = Property(config, "params", "CollectionConfig");
        int? size = null;
        string? distance = null;
        if (parameters.TryGetProperty("vectors", out var vectors) && vectors.ValueKind == JsonValueKind.Object
            && vectors.TryGetProperty("size", out var sizeElement) && sizeElement.ValueKind == JsonValueKind.Number)
        {
            size = sizeElement.GetInt32();
            distance = vectors.TryGetProperty("distance", out var d) ? d.GetString() : null;
        }

        EmbedderIdentity? embedder = null;
        if (config.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty(MetadataKey, out var recorded) && recorded.ValueKind == JsonValueKind.Object
            && recorded.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            && recorded.TryGetProperty("dimension", out var dimension) && dimension.ValueKind == JsonValueKind.Number)
        {
            embedder = new EmbedderIdentity(name.GetString()!, dimension.GetInt32());
        }

        var indexed = new HashSet<string>(StringComparer.Ordinal);
        if (result.TryGetProperty("payload_schema", out var schema) && schema.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in schema.EnumerateObject())
            {
                indexed.Add(field.Name);
            }
        }

        long? pointsCount = result.TryGetProperty("points_count", out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt64() : null;
        return new QdrantCollectionInfo(size, distance, embedder, indexed, pointsCount);
    }

    private static QdrantRecord Record(JsonElement point)
    {
        if (point.ValueKind != JsonValueKind.Object)
        {
            throw Unexpected("a point object", point);
        }

        var idElement = Property(point, "id", "point");
        var id = idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetString()!,
            JsonValueKind.Number => idElement.GetUInt64().ToString(CultureInfo.InvariantCulture),
            _ => throw Unexpected("a point id (UUID or unsigned integer)", idElement),
        };
        var score = point.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetSingle() : 0f;
        JsonElement? payload = point.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : null;
        float[]? vector = null;
        if (point.TryGetProperty("vector", out var v) && v.ValueKind == JsonValueKind.Array
            && v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.Number))
        {
            vector = v.EnumerateArray().Select(x => x.GetSingle()).ToArray();
        }

        return new QdrantRecord(id, score, payload, vector);
    }

    private static string ErrorText(string? mediaType, string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(empty body)";
        }

        if (mediaType is null || mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || body.TrimStart().StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("status", out var status))
                {
                    if (status.ValueKind == JsonValueKind.Object && status.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
                    {
                        return error.GetString()!;
                    }

                    if (status.ValueKind == JsonValueKind.String)
                    {
                        return status.GetString()!;
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to the text itself.
            }
        }

        return Excerpt(body.Trim());
    }

    private static JsonElement Property(JsonElement element, string name, string schema) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw Unexpected($"{schema} with '{name}'", element);

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw Unexpected($"an array of {what}", element);

    private static QdrantException Unexpected(string expected, JsonElement actual) =>
        new("parse response", HttpStatusCode.OK, $"Qdrant's answer does not have the expected shape: expected {expected}, got {Excerpt(actual.GetRawText())}.");

    private static string Excerpt(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
