namespace GenGateway.EvalSuites.Loading;

/// <summary>Suggests the known name a misspelt one was probably meant to be.</summary>
internal static class Spelling
{
    /// <summary>The closest of <paramref name="known"/> within a couple of edits of <paramref name="written"/>; null when none is that close.</summary>
    public static string? Closest(string written, IEnumerable<string> known)
    {
        var lower = written.Trim().ToLowerInvariant();

        // Up to 2 edits, fewer for short names so 'cost' does not suggest 'json'.
        var limit = Math.Min(2, Math.Max(1, lower.Length / 4));
        return known
            .Select(k => (Name: k, Distance: Distance(lower, k)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    // Levenshtein distance over two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
