using System.Text.Json.Nodes;
using GenGateway.EvalSuites.Assertions;
using GenGateway.EvalSuites.Model;
using YamlDotNet.RepresentationModel;

namespace GenGateway.EvalSuites.Loading;

/// <summary>
/// <c>dataset:</c> — a CSV or JSONL file whose rows become cases. <c>columns</c> maps request fields (dotted) to
/// column names, or to <c>{column, split}</c> to turn a cell into a list; without it every column is a var. Every
/// column is also available to <c>{{column}}</c> templates in <c>description</c> and assertion values.
/// </summary>
internal sealed partial class SuiteParser
{
    private void ParseDataset(YamlNode node)
    {
        if (_y.Map(node, "dataset") is not { } map)
        {
            return;
        }

        _y.OnlyKeys(map, "dataset", "file", "columns", "description", "assert", "threshold", "passRate");
        if (Child(map, "file") is not { } fileNode || _y.String(fileNode, "dataset.file") is not { } file)
        {
            _y.Error(map, "dataset needs 'file:', a .csv or .jsonl path relative to the suite");
            return;
        }

        var columns = Child(map, "columns") is { } c ? ParseColumns(c) : null;
        var description = Child(map, "description") is { } d ? _y.String(d, "dataset.description") : null;
        var assertions = Child(map, "assert") is { } a ? ParseAssertions(a, _y) : [];
        var threshold = Child(map, "threshold") is { } t ? _y.Number(t, "dataset.threshold", 0, 1) : null;
        var passRate = Child(map, "passRate") is { } r ? _y.Number(r, "dataset.passRate", 0, 1) : null;
        var path = Resolve(file)!;
        var rows = DatasetReader.Read(path, _y.At(fileNode), _errors);
        if (rows.Count == 0 && File.Exists(path))
        {
            _y.Error(fileNode, $"dataset '{file}' has no rows");
        }

        foreach (var row in rows)
        {
            var at = new SourceLocation(path, row.Line);
            var vars = columns is null ? (JsonObject)row.Columns.DeepClone() : MapColumns(row, columns, at);
            if (columns is not null)
            {
                // Unmapped columns stay available to templates, under their own names.
                foreach (var (name, value) in row.Columns)
                {
                    if (!vars.ContainsKey(name) && !columns.ContainsKey(name))
                    {
                        vars["_" + name] = value?.DeepClone();
                    }
                }
            }

            AddCase(description, Unprefix(vars), at, assertions, threshold, passRate, null, at);
        }
    }

    private Dictionary<string, (string Column, string? Split)>? ParseColumns(YamlNode node)
    {
        if (_y.Map(node, "dataset.columns") is not { } map)
        {
            return null;
        }

        var result = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var field = ((YamlScalarNode)key).Value ?? string.Empty;
            if (value is YamlMappingNode spec)
            {
                _y.OnlyKeys(spec, $"columns.{field}", "column", "split");
                var column = Child(spec, "column") is { } cn ? _y.String(cn, "column") : null;
                if (column is null)
                {
                    _y.Error(value, $"columns.{field} needs 'column:'");
                    continue;
                }

                result[field] = (column, Child(spec, "split") is { } s ? _y.String(s, "split") : null);
            }
            else if (_y.String(value, $"columns.{field}") is { } column)
            {
                result[field] = (column, null);
            }
        }

        return result;
    }

    private JsonObject MapColumns(DatasetRow row, Dictionary<string, (string Column, string? Split)> columns, SourceLocation at)
    {
        var vars = new JsonObject();
        foreach (var (field, (column, split)) in columns)
        {
            var value = DatasetReader.Lookup(row.Columns, column, out var found);
            if (!found)
            {
                _errors.Add(new SuiteError(at, $"column '{column}' (for {field}) is not in the row; columns: {string.Join(", ", row.Columns.Select(p => p.Key))}"));
                continue;
            }

            if (value is JsonValue empty && empty.GetValueKind() == System.Text.Json.JsonValueKind.String && empty.GetValue<string>().Length == 0)
            {
                // An empty CSV cell means "not given", not an empty string or list the validator would reject.
                continue;
            }

            if (split is not null && value is JsonValue cell)
            {
                var parts = AssertionValues.Scalar(cell).Split(split, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                vars[field] = new JsonArray([.. parts.Select(p => (JsonNode)JsonValue.Create(p))]);
            }
            else
            {
                vars[field] = value?.DeepClone();
            }
        }

        return vars;
    }

    // Unmapped columns were parked under "_name" so they cannot collide with mapped fields; templates use plain names.
    private static JsonObject Unprefix(JsonObject vars)
    {
        var result = new JsonObject();
        foreach (var (key, value) in vars)
        {
            var name = key.StartsWith('_') && !vars.ContainsKey(key[1..]) ? key[1..] : key;
            result[name] = value?.DeepClone();
        }

        return result;
    }
}
