using System.Text.RegularExpressions;

namespace GenGateway.Core.Tasks.Copy;

/// <summary>
/// A screen name as copy can mention it: "the checkout screen", "the Settings page", or as a destination "Settings".
/// An identifier with version digits ("checkout_v2") is internal and is not mentioned at all.
/// </summary>
internal sealed partial record Screen
{
    private static readonly string[] SurfaceNouns = ["screen", "page", "tab", "view", "dialog", "modal", "menu", "panel", "sheet", "form", "dashboard", "inbox", "app", "section", "window"];

    private Screen(string label, string reference)
    {
        Label = label;
        Reference = reference;
    }

    /// <summary>As a place to go: "Checkout", "Order history", "My Account".</summary>
    public string Label { get; }

    /// <summary>Inside a sentence: "the checkout screen", "the pricing page", "your dashboard".</summary>
    public string Reference { get; }

    /// <summary>Reads a screen field; null when empty or an internal identifier.</summary>
    public static Screen? Read(string? value)
    {
        var text = Casing.Clean(value);
        if (text is null || text.Any(char.IsDigit) || text.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        // "order_history", "orderHistory", "sign-in": an identifier reads as lower-case words.
        if (!text.Contains(' ', StringComparison.Ordinal) && (text.Contains('_', StringComparison.Ordinal) || text.Contains('-', StringComparison.Ordinal) || CamelHump().IsMatch(text)))
        {
            text = CamelHump().Replace(text.Replace('_', ' ').Replace('-', ' '), "$1 $2").ToLowerInvariant();
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return null;
        }

        var last = words[^1].ToLowerInvariant();
        var named = string.Join(' ', words);
        var hasSurface = SurfaceNouns.Contains(last);
        var label = hasSurface && words.Count > 1 && last is "screen" or "page" or "tab" or "view" ? string.Join(' ', words[..^1]) : named;
        var reference = words[0].Equals("my", StringComparison.OrdinalIgnoreCase) && words.Count > 1 && !char.IsUpper(words[0][0])
            ? "your " + string.Join(' ', words.Skip(1)) + (hasSurface ? string.Empty : " screen")
            : "the " + named + (hasSurface ? string.Empty : " screen");
        return new Screen(Casing.Capitalize(label), reference);
    }

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelHump();
}
