using System.Text;

namespace GenGateway.Core.Tasks.Copy;

/// <summary>
/// Fills "{slot}" templates from named forms. A template whose slot has no form for this request is skipped, never
/// filled with a blank, so every line that comes out is whole.
/// </summary>
internal static class Template
{
    /// <summary>The filled line, first letter capitalized; null when a slot is missing.</summary>
    public static string? Fill(string template, IReadOnlyDictionary<string, string?> slots)
    {
        var builder = new StringBuilder(template.Length + 48);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            builder.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            if (!slots.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            builder.Append(value);
            i = close + 1;
        }

        var text = builder.ToString().Replace("..", ".", StringComparison.Ordinal).Replace("?.", "?", StringComparison.Ordinal)
            .Replace("!.", "!", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal);
        return Casing.Capitalize(text.Trim());
    }
}
