using System.Collections;
using System.Globalization;
using System.Text;

namespace GenGateway.Core.Prompts;

/// <summary>Turns variable values into prompt text and protects message tags from injected content.</summary>
internal static class ValueText
{
    public static string ToText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join('\n', items.Cast<object?>().Select(i => "- " + ToText(i))),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// Encodes the characters that could open or close a <c>&lt;message&gt;</c> tag, so a user's text cannot
    /// turn itself into a system message. The chat prompt parser decodes them again.
    /// </summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny('<', '>', '&') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
