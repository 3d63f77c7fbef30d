namespace GenGateway.Core.Tasks;

/// <summary>Checks a candidate against the request's hard constraints: length, must-include and avoid lists.</summary>
internal static class CandidateRules
{
    public static bool Fits(string candidate, int? maxLength, IReadOnlyList<string>? mustInclude, IReadOnlyList<string>? avoid)
    {
        if (candidate.Length == 0 || (maxLength is { } max && candidate.Length > max))
        {
            return false;
        }

        if (mustInclude?.Any(term => !candidate.Contains(term, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return false;
        }

        return avoid?.Any(term => ContainsWord(candidate, term)) != true;
    }

    /// <summary>Whole-word, case-insensitive containment, so avoiding "cheap" does not reject "cheaper".</summary>
    public static bool ContainsWord(string text, string term)
    {
        var index = 0;
        while ((index = text.IndexOf(term, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var afterIndex = index + term.Length;
            var after = afterIndex >= text.Length || !char.IsLetterOrDigit(text[afterIndex]);
            if (before && after)
            {
                return true;
            }

            index++;
        }

        return false;
    }

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
