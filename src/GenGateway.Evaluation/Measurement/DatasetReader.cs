using System.Text.Json;

namespace GenGateway.Evaluation.Measurement;

/// <summary>Reads JSON Lines measurement datasets, failing on the first bad row with file and line.</summary>
public static class DatasetReader
{
    /// <summary>Labels a hallucination row may carry.</summary>
    public static readonly string[] HallucinationLabels = ["grounded", "hallucinated"];

    /// <summary>Labels a tone row may carry.</summary>
    public static readonly string[] ToneLabels = ["polite", "neutral", "impolite"];

    /// <summary>Reads every row of <paramref name="path"/> for <paramref name="task"/>.</summary>
    /// <exception cref="DatasetFormatException">The file is missing, empty, or a row is malformed.</exception>
    public static IReadOnlyList<LabelledRow> Read(string path, MeasurementTask task)
    {
        DatasetFormatException.EnsureFile(path);

        var rows = new List<LabelledRow>();
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            rows.Add(Parse(path, line, raw, task));
        }

        return rows.Count > 0 ? rows : throw new DatasetFormatException(path, 0, "no rows");
    }

    private static LabelledRow Parse(string path, int line, string raw, MeasurementTask task)
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

            string id = Optional(row, "id") ?? $"line-{line}";
            string label = Required(path, line, row, "label").ToLowerInvariant();
            string[] allowed = task == MeasurementTask.Hallucination ? HallucinationLabels : ToneLabels;
            if (Array.IndexOf(allowed, label) < 0)
            {
                throw new DatasetFormatException(path, line, $"label '{label}' is not one of {string.Join(", ", allowed)} (is this a {task.ToString().ToLowerInvariant()} dataset?)");
            }

            if (task == MeasurementTask.Hallucination)
            {
                string context = Optional(row, "context") ?? throw new DatasetFormatException(path, line, "missing string field 'context'");
                return new LabelledRow(line, id, Optional(row, "task") ?? Domain(Optional(row, "source")), context, Required(path, line, row, "output"), label);
            }

            return new LabelledRow(line, id, Domain(Optional(row, "source") ?? Optional(row, "task")), string.Empty, Required(path, line, row, "text"), label);
        }
    }

    // "stackexchange:superuser" reports under "stackexchange": one subset per domain, as the politeness paper does.
    private static string Domain(string? source) => source is null ? "all" : source.Split(':')[0];

    private static string Required(string path, int line, JsonElement row, string name) =>
        Optional(row, name) is { Length: > 0 } value ? value : throw new DatasetFormatException(path, line, $"missing or empty string field '{name}'");

    private static string? Optional(JsonElement row, string name) =>
        row.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
