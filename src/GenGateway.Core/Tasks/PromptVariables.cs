using GenGateway.Core.Personalization;

namespace GenGateway.Core.Tasks;

/// <summary>Variables every prompt receives, built the same way for each task.</summary>
internal static class PromptVariables
{
    public static Dictionary<string, object?> Common(PersonalizationContext personalization, int count, string? tone, int? maxLength)
    {
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tone"] = tone ?? "neutral",
            ["max_length"] = maxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
            ["style"] = personalization.IsColdStart || personalization.Traits.Count == 0
                ? "No history for this user: write for a general audience."
                : string.Join('\n', personalization.Traits.Select(t => $"- {t.Key}: {t.Value}")),
            ["examples"] = personalization.Examples.Count == 0
                ? "(none)"
                : string.Join('\n', personalization.Examples.Select(e => "- " + e)),
        };
    }

    public static string List(IReadOnlyList<string>? items) =>
        items is null || items.Count == 0 ? "(none)" : string.Join('\n', items.Select(i => "- " + i));
}
