using System.Globalization;
using System.Text.Json.Nodes;
using GenGateway.EvalSuites.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GenGateway.EvalSuites.Loading;

/// <summary>
/// Typed reads over YamlDotNet's representation model that record a <see cref="SuiteError"/> with the node's line
/// instead of throwing, so one pass reports every problem of a file.
/// </summary>
internal sealed class YamlReader(string file, List<SuiteError> errors)
{
    public string File { get; } = file;

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message) => errors.Add(new SuiteError(At(node), message));

    public void Error(SourceLocation location, string message) => errors.Add(new SuiteError(location, message));

    /// <summary>Parses a YAML document; a syntax error is recorded with its line and yields null.</summary>
    public YamlNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                errors.Add(new SuiteError(new SourceLocation(File, 1, 1), "the file is empty"));
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            errors.Add(new SuiteError(new SourceLocation(File, (int)ex.Start.Line, (int)ex.Start.Column), "YAML syntax: " + Innermost(ex).Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, when the file ends inside a flow { } or [ ].
            var lastLine = Math.Max(1, text.TrimEnd().Split('\n').Length);
            errors.Add(new SuiteError(new SourceLocation(File, lastLine, 1), "YAML syntax: the file ends inside a { } or [ ] that was never closed"));
            return null;
        }
    }

    public YamlMappingNode? Map(YamlNode node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(node, $"{what} must be a map of key: value");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(node, $"{what} must be a list");
        return null;
    }

    public string? String(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Error(node, $"{what} must be a single value, not a {Describe(node)}");
        return null;
    }

    public double? Number(YamlNode node, string what, double min = double.MinValue, double max = double.MaxValue)
    {
        if (node is YamlScalarNode { Value: { } value }
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        Error(node, max < double.MaxValue ? $"{what} must be a number between {min} and {max}" : $"{what} must be a number");
        return null;
    }

    public int? Integer(YamlNode node, string what, int min, int max)
    {
        if (node is YamlScalarNode { Value: { } value }
            && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        Error(node, $"{what} must be a whole number between {min} and {max}");
        return null;
    }

    public bool? Boolean(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && bool.TryParse(value, out var flag))
        {
            return flag;
        }

        Error(node, $"{what} must be true or false");
        return null;
    }

    /// <summary>Reports keys that are not in <paramref name="known"/>, naming the ones that are.</summary>
    public void OnlyKeys(YamlMappingNode map, string what, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Error(key, $"unknown key '{name}' in {what}; known keys: {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>
    /// Converts a node to JSON. Unquoted scalars that read as numbers, booleans or null become those, so
    /// <c>count: 3</c> is a number; quoted scalars stay strings.
    /// </summary>
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => ToJsonObject(map),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode scalar => ScalarToJson(scalar),
        _ => null,
    };

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "map",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static JsonObject ToJsonObject(YamlMappingNode map)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            result[((YamlScalarNode)key).Value ?? string.Empty] = ToJson(value);
        }

        return result;
    }

    private static JsonValue? ScalarToJson(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(bool.Parse(text));
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)
            ? JsonValue.Create(real)
            : JsonValue.Create(text);
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;
}
