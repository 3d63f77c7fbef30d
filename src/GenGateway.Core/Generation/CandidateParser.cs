using System.Text.Json;
using System.Text.RegularExpressions;

namespace GenGateway.Core.Generation;

/// <summary>
/// Pulls candidate strings out of a model's answer. Models are asked for a JSON array of strings, but answer with
/// code fences, a wrapping object, numbered lists or prose around the array; all of those are accepted.
/// </summary>
public static partial class CandidateParser
{
    private static readonly string[] TextProperties = ["text", "subject", "subjectLine", "reply", "copy", "candidate", "value"];

    /// <summary>Returns the candidates found, trimmed and unquoted; empty when the answer holds none.</summary>
    public static IReadOnlyList<string> Parse(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return [];
        }

        var text = CodeFence().Replace(answer, m => m.Groups[1].Value);
        text = OpeningFence().Replace(text, string.Empty);
        return FromJson(text) ?? FromTruncatedArray(text) ?? FromLines(text);
    }

    private static List<string>? FromJson(string text)
    {
        // Try every '[' or '{' as a start: prose before the JSON often contains neither, but when it does the
        // real payload is the first span that parses.
        for (var start = text.IndexOfAny(['[', '{']); start >= 0; start = text.IndexOfAny(['[', '{'], start + 1))
        {
            var close = text[start] == '[' ? ']' : '}';
            for (var end = text.LastIndexOf(close); end > start; end = text.LastIndexOf(close, end - 1))
            {
                try
                {
                    using var document = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
                    var found = FromElement(document.RootElement);
                    if (found is not null)
                    {
                        return found;
                    }

                    break;
                }
                catch (JsonException)
                {
                    // Not JSON between these brackets; try a shorter span.
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A model cut off by its token limit leaves an array without its closing bracket; the strings it finished are
    /// still good candidates, the one it was writing is dropped.
    /// </summary>
    private static List<string>? FromTruncatedArray(string text)
    {
        var start = text.IndexOf('[', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text[start..]);
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state: default);
        var result = new List<string>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.String && reader.CurrentDepth == 1 && reader.GetString() is { } value
                    && !string.IsNullOrWhiteSpace(value))
                {
                    result.Add(Clean(value));
                }
                else if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 0)
                {
                    break;
                }
            }
        }
        catch (JsonException)
        {
            // Keep what was complete before the damage.
        }

        return result.Count > 0 ? result : null;
    }

    private static List<string>? FromElement(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    return FromElement(property.Value);
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            var value = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => TextProperty(item),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(value))
            {
                result.Add(Clean(value));
            }
        }

        return result.Count > 0 ? result : null;
    }

    private static string? TextProperty(JsonElement item)
    {
        foreach (var name in TextProperties)
        {
            foreach (var property in item.EnumerateObject())
            {
                if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString();
                }
            }
        }

        return null;
    }

    private static List<string> FromLines(string text)
    {
        var result = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var marker = ListMarker().Match(line);
            if (!marker.Success)
            {
                continue;
            }

            var value = Clean(line[marker.Length..]);
            if (value.Length > 0 && !value.EndsWith(':'))
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static string Clean(string value)
    {
        var text = TextNormalizer.CollapseWhitespace(value);
        if (text.Length >= 2 && ((text[0] == '"' && text[^1] == '"') || (text[0] == '\u201C' && text[^1] == '\u201D') || (text[0] == '\'' && text[^1] == '\'')))
        {
            text = text[1..^1].Trim();
        }

        return text.TrimEnd(',').Trim();
    }

    [GeneratedRegex(@"```[a-zA-Z]*\s*\n?(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"^\s*```[a-zA-Z]*[ \t]*\r?\n?")]
    private static partial Regex OpeningFence();

    [GeneratedRegex(@"^(?:\d{1,2}[.):]|[-*•]|\(\d{1,2}\))\s+")]
    private static partial Regex ListMarker();
}
