using System.Text.Json;
using GenGateway.Evaluation.Pii;

namespace GenGateway.Evaluation.Measurement.Pii;

/// <summary>
/// Reads a PII corpus: JSON Lines of <c>{"id", "source", "locale", "text", "entities": [{"type", "value"}]}</c>, where
/// each value occurs in the text (several equal values are matched left to right). Fails on the first bad row with file and line.
/// </summary>
public static class PiiCorpusReader
{
    /// <summary>The type names a row may use, and the kinds they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, PiiKind> Types = new Dictionary<string, PiiKind>(StringComparer.Ordinal)
    {
        ["email"] = PiiKind.Email,
        ["phone"] = PiiKind.Phone,
        ["card"] = PiiKind.Card,
        ["iban"] = PiiKind.Iban,
        ["ip"] = PiiKind.IpAddress,
        ["government_id"] = PiiKind.GovernmentId,
        ["address"] = PiiKind.Address,
    };

    /// <summary>Reads every row of <paramref name="path"/>.</summary>
    /// <exception cref="DatasetFormatException">The file is missing, empty, or a row is malformed.</exception>
    public static IReadOnlyList<PiiCorpusRow> Read(string path)
    {
        DatasetFormatException.EnsureFile(path);

        var rows = new List<PiiCorpusRow>();
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            if (!string.IsNullOrWhiteSpace(raw))
            {
                rows.Add(Parse(path, line, raw));
            }
        }

        return rows.Count > 0 ? rows : throw new DatasetFormatException(path, 0, "no rows");
    }

    private static PiiCorpusRow Parse(string path, int line, string raw)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(raw);
        }
        catch (JsonException ex)
        {
            throw DatasetFormatException.InvalidJson(path, line, ex);
        }

        using (doc)
        {
            JsonElement row = doc.RootElement;
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetFormatException(path, line, "a row must be a JSON object");
            }

            string text = String(path, line, row, "text") ?? throw new DatasetFormatException(path, line, "\"text\" is required");
            if (!row.TryGetProperty("entities", out JsonElement entities) || entities.ValueKind != JsonValueKind.Array)
            {
                throw new DatasetFormatException(path, line, "\"entities\" must be an array (empty for a text without personal data)");
            }

            var spans = new List<PiiGoldSpan>();
            var searchFrom = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (JsonElement entity in entities.EnumerateArray())
            {
                string type = String(path, line, entity, "type") ?? throw new DatasetFormatException(path, line, "an entity needs a \"type\"");
                if (!Types.TryGetValue(type, out PiiKind kind))
                {
                    throw new DatasetFormatException(path, line, $"entity type '{type}' is not one of: {string.Join(", ", Types.Keys)}");
                }

                string value = String(path, line, entity, "value") is { Length: > 0 } v ? v : throw new DatasetFormatException(path, line, "an entity needs a non-empty \"value\"");
                int start = text.IndexOf(value, searchFrom.GetValueOrDefault(value), StringComparison.Ordinal);
                if (start < 0)
                {
                    throw new DatasetFormatException(path, line, $"entity value '{value}' does not occur in the text");
                }

                searchFrom[value] = start + value.Length;
                spans.Add(new PiiGoldSpan(kind, start, value.Length));
            }

            return new PiiCorpusRow(line, String(path, line, row, "id") ?? $"line-{line}", String(path, line, row, "source") ?? "unknown",
                String(path, line, row, "locale") ?? "unknown", text, spans);
        }
    }

    private static string? String(string path, int line, JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new DatasetFormatException(path, line, $"\"{name}\" must be a string");
    }
}
