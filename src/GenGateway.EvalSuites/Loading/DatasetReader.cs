using System.Text.Json;
using System.Text.Json.Nodes;
using GenGateway.Core.Validation;
using GenGateway.EvalSuites.Model;
using Sylvan.Data.Csv;

namespace GenGateway.EvalSuites.Loading;

/// <summary>Reads CSV (header row first) and JSONL (one object a line) datasets into rows, reporting bad lines.</summary>
internal static class DatasetReader
{
    public static IReadOnlyList<DatasetRow> Read(string path, SourceLocation referencedAt, List<SuiteError> errors)
    {
        if (Directory.Exists(path))
        {
            errors.Add(new SuiteError(referencedAt, $"dataset '{path}' is a folder; name a .csv or .jsonl file"));
            return [];
        }

        if (!File.Exists(path))
        {
            errors.Add(new SuiteError(referencedAt, $"dataset file '{path}' does not exist"));
            return [];
        }

        var text = File.ReadAllText(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" => ReadCsv(path, text, errors),
            ".jsonl" or ".ndjson" => ReadJsonLines(path, text, errors),
            _ => Unsupported(referencedAt, path, errors),
        };
    }

    private static List<DatasetRow> Unsupported(SourceLocation at, string path, List<SuiteError> errors)
    {
        errors.Add(new SuiteError(at, $"dataset '{Path.GetFileName(path)}' must be .csv or .jsonl"));
        return [];
    }

    private static List<DatasetRow> ReadCsv(string path, string text, List<SuiteError> errors)
    {
        var rows = new List<DatasetRow>();
        IReadOnlyList<string>? header = null;
        foreach (var (line, fields) in CsvRecords(path, text, errors))
        {
            if (header is null)
            {
                header = [.. fields.Select(f => f.Trim())];
                continue;
            }

            if (fields.Count != header.Count)
            {
                errors.Add(new SuiteError(new SourceLocation(path, line), $"{fields.Count} fields, but the header has {header.Count}"));
                continue;
            }

            var columns = new JsonObject();
            for (var i = 0; i < header.Count; i++)
            {
                columns[header[i]] = fields[i];
            }

            rows.Add(new DatasetRow(line, columns));
        }

        return rows;
    }

    /// <summary>
    /// RFC 4180 records read by Sylvan.Data.Csv, each with the line it starts on (a quoted field may span lines, and
    /// blank lines are skipped). Sylvan counts records, not lines, so the line is found by locating the record's raw
    /// text in the file. A quote left open ends the file with an error at the line it opened on; a quote inside an
    /// unquoted field is text.
    /// </summary>
    private const string Unbalanced = "a quoted field is never closed";

    private static IEnumerable<(int Line, IReadOnlyList<string> Fields)> CsvRecords(string path, string text, List<SuiteError> errors)
    {
        using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = false });
        var lines = new LineCounter(text);
        while (true)
        {
            IReadOnlyList<string> fields;
            int line;
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }

                line = lines.LineOf(csv.GetRawRecordSpan());
                fields = [.. Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString)];
            }
            catch (CsvFormatException)
            {
                errors.Add(new SuiteError(new SourceLocation(path, lines.NextLine), Unbalanced));
                yield break;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            yield return (line, fields);
        }
    }

    /// <summary>Maps records' raw text, met in file order, to the 1-based line each starts on.</summary>
    private sealed class LineCounter(string text)
    {
        private int _offset;
        private int _line = 1;

        /// <summary>The line after the last record found.</summary>
        public int NextLine => _line;

        public int LineOf(ReadOnlySpan<char> raw)
        {
            var start = text.AsSpan(_offset).IndexOf(raw);
            if (start < 0)
            {
                return _line;
            }

            var line = _line + text.AsSpan(_offset, start).Count('\n');
            _line = line + raw.Count('\n');
            _offset += start + raw.Length;
            return line;
        }
    }

    private static List<DatasetRow> ReadJsonLines(string path, string text, List<SuiteError> errors)
    {
        var rows = new List<DatasetRow>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                if (JsonNode.Parse(line) is JsonObject obj)
                {
                    rows.Add(new DatasetRow(i + 1, obj));
                }
                else
                {
                    errors.Add(new SuiteError(new SourceLocation(path, i + 1), "each line must be a JSON object"));
                }
            }
            catch (JsonException ex)
            {
                errors.Add(new SuiteError(new SourceLocation(path, i + 1), "not JSON: " + JsonErrorText.Describe(ex)));
            }
        }

        return rows;
    }

    /// <summary>A column by name, or by a dotted path into a JSONL record's nested objects.</summary>
    public static JsonNode? Lookup(JsonObject row, string column, out bool found)
    {
        if (row.TryGetPropertyValue(column, out var direct))
        {
            found = true;
            return direct;
        }

        JsonNode? node = row;
        foreach (var part in column.Split('.'))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(part, out node))
            {
                found = false;
                return null;
            }
        }

        found = true;
        return node;
    }
}
