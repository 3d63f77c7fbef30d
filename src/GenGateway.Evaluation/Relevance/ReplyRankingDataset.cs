using System.Text.Json;
using GenGateway.Evaluation.Measurement;

namespace GenGateway.Evaluation.Relevance;

/// <summary>Reads DailyDialog++ rows (<c>message</c>, <c>history</c>, <c>references</c>, <c>adversarial_negatives</c>), failing on the first bad row with file and line.</summary>
public static class ReplyRankingDataset
{
    /// <summary>Reads every row of <paramref name="path"/>.</summary>
    /// <exception cref="DatasetFormatException">The file is missing, empty, or a row is malformed.</exception>
    public static IReadOnlyList<ReplyRankingRow> Read(string path)
    {
        DatasetFormatException.EnsureFile(path);

        var rows = new List<ReplyRankingRow>();
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (!string.IsNullOrWhiteSpace(raw))
            {
                rows.Add(Parse(path, line, raw));
            }
        }

        return rows.Count > 0 ? rows : throw new DatasetFormatException(path, 0, "no rows");
    }

    /// <summary>The rows of <paramref name="split"/>, split by id like every other measurement.</summary>
    public static IReadOnlyList<ReplyRankingRow> Select(IReadOnlyList<ReplyRankingRow> rows, DatasetSplit split) => split switch
    {
        DatasetSplit.Fit => [.. rows.Where(r => !Splitter.IsHeldOut(r.Id))],
        DatasetSplit.HeldOut => [.. rows.Where(r => Splitter.IsHeldOut(r.Id))],
        _ => rows,
    };

    private static ReplyRankingRow Parse(string path, int line, string raw)
    {
        try
        {
            using var doc = JsonDocument.Parse(raw);
            var row = doc.RootElement;
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetFormatException(path, line, "a row must be a JSON object");
            }

            var message = row.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() is { Length: > 0 } text
                ? text
                : throw new DatasetFormatException(path, line, "missing or empty string field 'message' (is this a DailyDialog++ smart-replies file?)");
            var id = row.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : $"line-{line}";
            return new ReplyRankingRow(line, id, message, Strings(path, line, row, "history", 0), Strings(path, line, row, "references", 1),
                Strings(path, line, row, "adversarial_negatives", 1));
        }
        catch (JsonException ex)
        {
            throw DatasetFormatException.InvalidJson(path, line, ex);
        }
    }

    private static string[] Strings(string path, int line, JsonElement row, string name, int atLeast)
    {
        if (!row.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new DatasetFormatException(path, line, $"missing array field '{name}'");
        }

        var values = array.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new DatasetFormatException(path, line, $"'{name}' must hold strings")).ToArray();
        return values.Length >= atLeast ? values : throw new DatasetFormatException(path, line, $"'{name}' needs at least {atLeast} entries");
    }
}
